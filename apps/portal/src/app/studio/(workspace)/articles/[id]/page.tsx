export { ArticleEditorPage as default } from '@/modules/studio/articles/editor-page';
