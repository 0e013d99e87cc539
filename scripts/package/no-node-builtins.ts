/**
 * An esbuild plugin that fails the browser build when anything in the graph imports a Node
 * built-in (`node:fs`, `path`, ...). esbuild on platform 'browser' already refuses most of them,
 * but a package's `browser` field or a future esbuild default could quietly stub one out; this
 * makes the rule explicit and names the importer.
 */
import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const bare = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
/** `node:anything`, or a bare built-in name with an optional subpath (`fs`, `fs/promises`). */
const BUILTIN = new RegExp(`^(node:.*|(${bare.join('|')})(\\/.*)?)$`);

export const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: BUILTIN }, (args) => ({
      errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || '(entry)'}: the browser build must not need Node` }],
    }));
  },
};
