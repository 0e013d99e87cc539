import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The command line and the worker import the package by its name (see tsup.config.ts); in the
  // tests that is the source, as in tsconfig.json's paths, so a test and the code it calls share modules.
  resolve: { alias: { newsclaims: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Stress cases (minutes each) run in `npm run test:stress`, with vitest.stress.config.ts.
    exclude: ['tests/stress/**', '**/node_modules/**'],
    // Two cores on CI: two workers, and wink-nlp's model loads once per worker.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
