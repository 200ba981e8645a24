export { default, metadata } from '@/modules/index/page';
