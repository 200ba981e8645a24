import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** The production build of the API; the tests run it as the deployment does. */
export const apiEntry = path.join(repoRoot, 'apps/api/dist/main.js');
export const portalDir = path.join(repoRoot, 'apps/portal');
