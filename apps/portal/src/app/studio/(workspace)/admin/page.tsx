export { AdminPage as default } from '@/modules/studio/admin/page';
