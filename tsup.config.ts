import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with declarations, for Node and bundlers.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps: the build is not minified, so a stack trace already reads as source, and maps
    // were 0.26 MB of the 1.73 MB packed tarball (0.93 MB unpacked).
    sourcemap: false,
    clean: true,
    target: 'es2022',
  },
  {
    // The command line and the batch mode's worker thread: Node only, ESM, one file each (no shared
    // chunk, whose hashed name would change the package's file list every build). They import the
    // library by the package's own name, kept external, so they load dist/index.js rather than
    // carry a copy of it and its entity model (2.2 MB of the 9.8 MB the package unpacked to).
    // The browser entry above never imports src/node or src/cli.
    // cli-commands (extract FILE, compare) is its own file so that `extract --jsonl` never loads it.
    entry: { cli: 'src/cli/main.ts', 'cli-commands': 'src/cli/commands.ts', 'extract-worker': 'src/node/extract-worker.ts' },
    format: ['esm'],
    splitting: false,
    target: 'node20',
    platform: 'node',
    external: ['newsclaims'],
  },
]);
