/**
 * What `npm test` does first (scripts/test/system-deps.ts) about the system packages the tests need,
 * asked of made-up machines: nothing is installed or removed here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentEnv, plan, type Env } from '../scripts/test/system-deps.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A machine with these commands (paths or names on the PATH). */
const machine = (has: string[], isRoot: boolean, vars: Env['vars'] = {}): Env => ({ isRoot, has: (c) => has.includes(c), vars });
const ALL = ['/usr/bin/chromium', 'parallel', 'apt-get'];

describe('system packages for the tests', () => {
  it('does nothing when chromium and parallel are there', () => {
    expect(plan(machine(ALL, false))).toEqual({ action: 'none' });
  });

  it('as root with apt-get, installs what is missing, after apt-get update', () => {
    expect(plan(machine(['apt-get'], true))).toEqual({
      action: 'install',
      packages: ['chromium', 'parallel'],
      commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'parallel']],
    });
    expect(plan(machine(['apt-get', '/usr/bin/chromium'], true))).toMatchObject({ action: 'install', packages: ['parallel'] });
  });

  it.each([
    ['not root', machine(['apt-get', 'parallel'], false)],
    ['root without apt-get', machine(['parallel'], true)],
    ['root, installing turned off', machine(['apt-get', 'parallel'], true, { NEWSCLAIMS_NO_INSTALL: '1' })],
  ])('%s: one line that says what is missing and the command that installs it', (_, env) => {
    expect(plan(env)).toEqual({
      action: 'fail',
      message: 'the tests need chromium (the browser tests): install with `sudo apt-get install -y chromium`, then run the tests again',
    });
  });

  it('looks for chromium where CHROMIUM_PATH says, as the browser tests do', () => {
    expect(plan(machine(['/opt/chrome', 'parallel'], false, { CHROMIUM_PATH: '/opt/chrome' }))).toEqual({ action: 'none' });
    expect(plan(machine(['/usr/bin/chromium', 'parallel'], false, { CHROMIUM_PATH: '/opt/chrome' }))).toMatchObject({ action: 'fail' });
  });

  it('this machine has what the tests need (the script ran before them and exits 0)', () => {
    expect(plan(currentEnv())).toEqual({ action: 'none' });
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test/system-deps.ts'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('on a machine without parallel on its PATH, as a user, the script stops with that one line', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test/system-deps.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent', NEWSCLAIMS_NO_INSTALL: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsclaims: the tests need parallel (the GNU parallel tests): install with `sudo apt-get install -y parallel`, then run the tests again\n');
  });
});
