export { ArticleEditorPage as default } from '@/studio/pages/article-editor-page';
