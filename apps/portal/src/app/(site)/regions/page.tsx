export { default, metadata } from '@/modules/region/list-page';
