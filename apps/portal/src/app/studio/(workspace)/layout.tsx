export { WorkspaceLayout as default, metadata } from '@/studio/pages/workspace-layout';
