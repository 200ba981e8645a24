export { default } from '@/modules/home/page';
