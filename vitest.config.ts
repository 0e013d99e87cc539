import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on CI: two workers, and wink-nlp's model loads once per worker.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
