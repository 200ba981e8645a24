import path from 'node:path';

/**
 * The import-cycle check of every package (`pnpm lint`). Type-only imports count: a cycle of
 * types still ties the modules on it together. Generated code (the Prisma client, GraphQL
 * types) is left out like everywhere else in lint: its generators decide its shape.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module must not import, through any chain, a module that imports it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.next|generated|gql)/' },
    // Resolves the portal's `@/` imports; no other package has path aliases.
    tsConfig: { fileName: path.join(import.meta.dirname, 'apps/portal/tsconfig.json') },
  },
};
