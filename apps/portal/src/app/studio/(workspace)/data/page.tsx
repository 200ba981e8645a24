export { DataOverviewPage as default } from '@/modules/studio/data/overview-page';
