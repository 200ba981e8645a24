export { ArticleListPage as default } from '@/studio/pages/article-list-page';
