export { NewArticlePage as default } from '@/modules/studio/articles/editor-page';
