export { ImportPage as default } from '@/studio/pages/import-page';
