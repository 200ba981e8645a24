export { default, metadata } from '@/modules/topic/list-page';
