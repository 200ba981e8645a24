export { AuditPage as default } from '@/studio/pages/audit-page';
