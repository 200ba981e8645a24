import { defineConfig } from 'vitest/config';

// Each test file starts real processes (PostgreSQL, API replicas) and puts load on
// them: run the files one after another so they do not compete for the CPU.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
