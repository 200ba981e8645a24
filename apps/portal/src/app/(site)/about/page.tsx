export { default, metadata } from '@/modules/about/page';
