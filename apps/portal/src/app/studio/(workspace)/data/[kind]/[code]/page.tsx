export { DataEditPage as default } from '@/studio/pages/data-pages';
