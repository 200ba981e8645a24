export { default } from '@/modules/studio/articles/index-page';
