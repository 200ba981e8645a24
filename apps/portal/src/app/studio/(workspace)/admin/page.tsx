export { AdminPage as default } from '@/studio/pages/admin-page';
