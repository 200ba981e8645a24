export { AuditPage as default } from '@/modules/studio/audit/page';
