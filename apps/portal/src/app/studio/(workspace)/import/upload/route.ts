import { proxyImport } from '@/studio/lib/import-proxy';

export const POST = proxyImport;
