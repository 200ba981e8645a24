#!/usr/bin/env node
// The two quick-start commands (`npm start`, `npm test`) for a fresh clone that has
// only Node.js and npm: fetch the pinned pnpm, install, build, then start or test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// The version package.json pins for pnpm ("packageManager": "pnpm@x.y.z").
const pnpmVersion = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

/**
 * Runs the pinned pnpm and exits with its status when it fails.
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function pnpm(args, options = {}) {
  const result = spawnSync('npx', ['-y', `pnpm@${pnpmVersion}`, ...args], {
    cwd: root,
    stdio: 'inherit',
    env,
    ...options,
  });
  if (result.status !== 0) {
    console.error(`\n✖ pnpm ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function chromiumPath() {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// Playwright cannot download its browser on these machines; the e2e tests drive
// Debian's Chromium, installed here when it is missing and we may use apt.
function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `✖ Chromium not found at ${chromiumPath()}. Install Debian's "chromium" package or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the e2e tests…');
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error('✖ apt-get could not install chromium.');
      process.exit(1);
    }
  }
}

function startStack() {
  const child = spawn(
    'npx',
    ['-y', `pnpm@${pnpmVersion}`, 'exec', 'tsx', 'scripts/start-stack.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  );
  // The stack starter handles Ctrl-C itself; this process only waits for it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: node scripts/run.mjs start|test');
  process.exit(2);
}
const started = Date.now();
// The lockfile pins every version. The test run installs exactly what it locks and refuses a
// package.json change that is not locked yet; the quick start resolves such a change instead.
pnpm(['install', command === 'test' ? '--frozen-lockfile' : '--no-frozen-lockfile']);

if (command === 'start') {
  pnpm(['turbo', 'run', 'build', '--filter=@atlas/api', '--filter=@atlas/portal']);
  console.log(`Installed and built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  startStack();
} else {
  ensureChromium();
  pnpm(['turbo', 'run', 'typecheck', 'build']);
  // One package's tests at a time: each starts its own PostgreSQL and servers,
  // and running them side by side on a small machine only makes all of them slower.
  pnpm(['turbo', 'run', 'test', '--concurrency=1']);
  pnpm(['run', 'typecheck:scripts']);
  pnpm(['run', 'lint']);
  pnpm(['run', 'test:e2e']);
  console.log(`All tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
