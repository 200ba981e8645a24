import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port.js';
import { portalDir } from './paths.js';
import { waitFor } from './wait-for.js';

export interface PortalProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Runs the portal's production build (its server, `dist/server/main.js`) against an API and waits until it answers;
 * `revalidateSecret` opens its `/api/revalidate`.
 */
export async function startPortal(
  apiUrl: string,
  revalidateSecret: string,
): Promise<PortalProcess> {
  const entry = path.join(portalDir, 'dist/server/main.js');
  if (!existsSync(path.join(portalDir, '.next/BUILD_ID')) || !existsSync(entry)) {
    throw new Error('apps/portal/.next holds no production build: build the portal first');
  }
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: portalDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      API_URL: apiUrl,
      REVALIDATE_SECRET: revalidateSecret,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => errors.push(chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    // `/about` reads nothing from the API, so waiting for it counts no request.
    await waitFor(async () => (await fetch(`${url}/about`)).status === 200, {
      timeoutMs: 60_000,
      intervalMs: 250,
      giveUp: () => exited,
      failure: () => `the portal on port ${port} did not start:\n${errors.join('')}`,
    });
  } catch (error) {
    if (!exited) child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
