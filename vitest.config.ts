import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Stress cases (minutes each) run in `npm run test:stress`, with vitest.stress.config.ts.
    exclude: ['tests/stress/**', '**/node_modules/**'],
    // Two cores on CI: two workers, and wink-nlp's model loads once per worker.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
