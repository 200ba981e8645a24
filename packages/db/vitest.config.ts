import { defineConfig } from 'vitest/config';

// Tests run against real PostgreSQL servers: starting one, creating databases and
// applying migrations take seconds, not milliseconds.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./vitest.global-setup.ts'],
    testTimeout: 60_000,
    // A seeded template reads the 66 publishers' files: over a minute on a busy machine.
    hookTimeout: 300_000,
  },
});
