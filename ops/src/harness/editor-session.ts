import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** Creates a studio account with the API's own command (`pnpm user:create`). */
export async function createUser(options: {
  databaseUrl: string;
  email: string;
  password: string;
  role: 'editor' | 'admin';
}): Promise<void> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const script = path.join(repoRoot, 'apps/api/src/cli/user-create.ts');
  const child = spawn(
    process.execPath,
    [tsx, script, '--email', options.email, '--role', options.role, '--name', 'Ops Test'],
    {
      cwd: path.join(repoRoot, 'apps/api'),
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        ATLAS_USER_PASSWORD: options.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`user:create failed (${code}): ${output.trim()}`);
}

export interface EditorSession {
  /** Headers that authenticate a state-changing request: the session cookie and its CSRF token. */
  headers: Record<string, string>;
}

/** Signs in over HTTP as the studio does. */
export async function signIn(
  apiUrl: string,
  email: string,
  password: string,
): Promise<EditorSession> {
  const response = await fetch(`${apiUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';', 1)[0]);
  return { headers: { cookie: cookies.join('; '), 'x-csrf-token': csrfToken } };
}
