/**
 * The browser build, run after tsup:
 *   dist/browser/newsclaims.js  the package's ESM build bundled with its dependencies into one
 *                               minified ES module, for pages without a bundler (shipped);
 *   demo/dist/main.js           the demo page's script (not shipped; it imports 'newsclaims',
 *                               which demo/index.html maps to the file above).
 * Fails on any Node built-in in the graph, and when the bundle outgrows its size budget.
 */
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { noNodeBuiltins } from './package/no-node-builtins.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budget for dist/browser/newsclaims.js, minified and gzipped, in bytes: 1,600 KiB, the budget
 * issue 15 set for the bundle with the entity tagger's model. 1,195 KiB before the model (about
 * 90% of it wink-eng-lite-web-model), 1,402 KiB with it; raise it on purpose, in review.
 */
export const BROWSER_BUDGET_GZIP = 1_600 * 1024;

const common: BuildOptions = { bundle: true, platform: 'browser', format: 'esm', target: 'es2022', logLevel: 'warning', plugins: [noNodeBuiltins] };

// Bundles dist/index.js rather than src/: the browser gets the same code the package ships.
await build({ ...common, entryPoints: [`${root}dist/index.js`], outfile: `${root}dist/browser/newsclaims.js`, minify: true, legalComments: 'none' });
await build({ ...common, entryPoints: [`${root}demo/main.ts`], outfile: `${root}demo/dist/main.js`, external: ['newsclaims'], sourcemap: true });

const bundle = readFileSync(`${root}dist/browser/newsclaims.js`);
const gzipped = gzipSync(bundle, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`browser dist/browser/newsclaims.js ${kb(bundle.length)} minified, ${kb(gzipped)} min+gz (budget ${kb(BROWSER_BUDGET_GZIP)})`);
if (gzipped > BROWSER_BUDGET_GZIP) {
  console.error(`browser bundle is ${gzipped - BROWSER_BUDGET_GZIP} bytes over its budget of ${BROWSER_BUDGET_GZIP} (min+gz)`);
  process.exit(1);
}
