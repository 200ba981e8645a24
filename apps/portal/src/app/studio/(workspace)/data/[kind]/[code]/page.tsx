export { DataEditPage as default } from '@/modules/studio/data/edit-page';
