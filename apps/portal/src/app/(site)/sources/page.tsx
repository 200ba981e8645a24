export { default, metadata } from '@/modules/sources/page';
