export { ArticleHistoryPage as default } from '@/modules/studio/articles/history-page';
