export { ArticleListPage as default } from '@/modules/studio/articles/list-page';
