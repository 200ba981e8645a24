export { DataOverviewPage as default } from '@/studio/pages/data-pages';
