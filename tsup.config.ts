import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with declarations, for Node and bundlers.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // The command line and the batch mode's worker thread: Node only, ESM. The library code they
    // share is one chunk; the browser entry above never imports src/node or src/cli.
    entry: { cli: 'src/cli/main.ts', 'extract-worker': 'src/node/extract-worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external: ['newsclaims'],
  },
]);
