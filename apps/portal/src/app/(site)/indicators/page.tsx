export { default, metadata } from '@/modules/indicator/list-page';
