export { ImportPage as default } from '@/modules/studio/import/page';
