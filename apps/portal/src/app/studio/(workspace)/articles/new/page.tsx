export { NewArticlePage as default } from '@/studio/pages/article-editor-page';
