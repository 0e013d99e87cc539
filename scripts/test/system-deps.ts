/**
 * What the tests need from the system besides Node: Debian's chromium (the browser tests drive it
 * with playwright-core, which downloads no browser) and GNU parallel (the batch mode as a mapper).
 * `npm test` and `npm run test:stress` run this first (package.json's pretest and pretest:stress).
 *
 * A missing package is installed with apt-get when this runs as root on a machine that has it (a
 * fresh CI machine or container); anywhere else it prints one line with the command that installs
 * it and exits 1, before any test runs. NEWSCLAIMS_NO_INSTALL=1 turns installing off.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A system package the tests need, and how to tell it is there. */
export interface SystemDep {
  /** The Debian package that provides it. */
  pkg: string;
  /** What needs it, for the message. */
  for: string;
  /** Present when this returns true. */
  present: (env: Env) => boolean;
}

/** What the plan looks at: injectable, so the test can ask "what if" without uninstalling anything. */
export interface Env {
  isRoot: boolean;
  /** Is this executable on the PATH (or, with a slash, at this path)? */
  has: (command: string) => boolean;
  /** NEWSCLAIMS_NO_INSTALL and CHROMIUM_PATH, as set. */
  vars: Record<string, string | undefined>;
}

export const DEPS: readonly SystemDep[] = [
  { pkg: 'chromium', for: 'the browser tests', present: (env) => env.has(env.vars.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'parallel', for: 'the GNU parallel tests', present: (env) => env.has('parallel') },
];

export type Plan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'fail'; message: string };

/** What to do about the missing packages: nothing, install them, or stop with one line saying how. */
export function plan(env: Env, deps: readonly SystemDep[] = DEPS): Plan {
  const missing = deps.filter((d) => !d.present(env));
  if (!missing.length) return { action: 'none' };
  const packages = missing.map((d) => d.pkg);
  const canInstall = env.isRoot && env.has('apt-get') && !env.vars.NEWSCLAIMS_NO_INSTALL;
  if (canInstall) {
    return { action: 'install', packages, commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]] };
  }
  const needs = missing.map((d) => `${d.pkg} (${d.for})`).join(' and ');
  return { action: 'fail', message: `the tests need ${needs}: install with \`sudo apt-get install -y ${packages.join(' ')}\`, then run the tests again` };
}

/** The real machine. */
export function currentEnv(): Env {
  const path = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return {
    isRoot: process.getuid?.() === 0,
    has: (command) => (command.includes('/') ? existsSync(command) : path.some((dir) => existsSync(join(dir, command)))),
    vars: { NEWSCLAIMS_NO_INSTALL: process.env.NEWSCLAIMS_NO_INSTALL, CHROMIUM_PATH: process.env.CHROMIUM_PATH },
  };
}

function main(): void {
  const p = plan(currentEnv());
  if (p.action === 'none') return;
  if (p.action === 'fail') {
    console.error(`newsclaims: ${p.message}`);
    process.exit(1);
  }
  console.error(`newsclaims: installing ${p.packages.join(', ')} for the tests (apt-get, as root)`);
  for (const [cmd, ...args] of p.commands) {
    const r = spawnSync(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`newsclaims: \`${[cmd, ...args].join(' ')}\` failed (exit ${r.status ?? r.signal}); install ${p.packages.join(' ')} by hand`);
      process.exit(1);
    }
  }
  const still = plan(currentEnv());
  if (still.action !== 'none') {
    console.error(`newsclaims: apt-get ran but ${p.packages.join(', ')} is still missing`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
