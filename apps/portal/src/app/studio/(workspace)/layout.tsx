export { WorkspaceLayout as default, metadata } from '@/modules/studio/workspace/layout';
