export { ArticleHistoryPage as default } from '@/studio/pages/article-history-page';
