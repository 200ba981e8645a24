import { defineConfig } from 'vitest/config';

// The tests read the real publishers' files in prisma/data/raw: 49 TOP500 workbooks take seconds.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
