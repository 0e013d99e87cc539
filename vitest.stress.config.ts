import { defineConfig } from 'vitest/config';

/**
 * `npm run test:stress`: the long cases `npm test` leaves out (a 10 MB article, the batch mode as a
 * Hadoop Streaming mapper). CI runs them after `npm test`.
 */
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
