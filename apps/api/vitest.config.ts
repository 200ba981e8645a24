import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql through its CommonJS entry for every dependency (Apollo, graphql-tools,
    // the limit rules); the code under test must use that same instance, not the .mjs build
    // Vite would pick, or schemas from one copy are rejected by the other.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.integration-test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
