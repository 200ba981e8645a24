export { default, metadata } from '@/modules/search/page';
