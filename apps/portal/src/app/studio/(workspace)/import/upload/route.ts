export { proxyImport as POST } from '@/modules/studio/import/lib/import-proxy';
