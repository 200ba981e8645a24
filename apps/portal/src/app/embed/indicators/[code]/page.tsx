export { default, metadata } from '@/modules/indicator/embed-page';
