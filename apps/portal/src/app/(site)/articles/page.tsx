export { default, metadata } from '@/modules/article/list-page';
