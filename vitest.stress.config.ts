import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:stress`: the long cases `npm test` leaves out (a 10 MB article, the batch mode as a
 * Hadoop Streaming mapper). CI runs them after `npm test`.
 */
export default defineConfig({
  // As in vitest.config.ts: the package's own name is its source in the tests.
  resolve: { alias: { newsclaims: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['tests/stress/**/*.test.ts'],
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
