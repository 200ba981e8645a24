import { get, type IncomingHttpHeaders } from 'node:http';
import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { inlineHashes } from '@atlas/domain/inline-hashes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiProcess } from './harness/api-process.js';
import { createUser, signIn } from './harness/editor-session.js';
import { startPortal, type PortalProcess } from './harness/portal-process.js';

// The headers a browser receives from the built portal and API, for every kind of route.

const publicPages: Record<string, string> = {
  home: '/',
  article: '/articles/demand-outpaces-supply',
  indicator: '/indicators/top500_rmax_pflops?view=table',
  region: '/regions/USA',
  index: '/computing-power-index',
  search: '/search?q=supercomputer',
  embed: '/embed/indicators/top500_rmax_pflops',
};
const publicCaching = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;
const email = 'headers@example.org';
const password = 'headers test password';

/** The directives of a Content-Security-Policy by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers of every route kind', () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let portal: PortalProcess;
  let studioCookie: string;

  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
    api = await startApi({ databaseUrl: database.url });
    portal = await startPortal(api.url, 'security-headers-test-secret');
    await createUser({ databaseUrl: database.url, email, password, role: 'admin' });
    const session = await signIn(api.url, email, password);
    studioCookie = session.headers.cookie!;
  });
  afterAll(async () => {
    await portal?.stop();
    await api?.stop();
    await database?.drop();
  });

  /** Checks what every HTML page of the portal must carry and returns its policy. */
  async function checkPage(path: string, init: RequestInit = {}) {
    const response = await fetch(`${portal.url}${path}`, { redirect: 'manual', ...init });
    expect(response.status, path).toBe(200);
    const html = await response.text();
    const headers = response.headers;
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\).*geolocation=\(\)/);
    expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    // Served on this machine: never HSTS.
    expect(headers.get('strict-transport-security'), path).toBeNull();

    const policy = directives(headers.get('content-security-policy'));
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, path).toContain("'self'");
    expect(scripts.join(' '), path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy.get('style-src')?.join(' '), path).not.toMatch(/unsafe-inline/);
    // Every inline script and style of the page is allowed by its hash, and nothing else is.
    const inline = inlineHashes(html);
    expect(inline.scripts.length, path).toBeGreaterThan(0);
    for (const hash of inline.scripts) expect(scripts, path).toContain(hash);
    for (const hash of inline.styles) expect(policy.get('style-src'), path).toContain(hash);
    expect(policy.get('connect-src'), path).toEqual([
      "'self'",
      new URL(api.url).origin,
      `ws://${new URL(api.url).host}`,
    ]);
    expect(policy.get('img-src'), path).toEqual(["'self'"]);
    expect(policy.get('font-src'), path).toEqual(["'self'"]);
    return { headers, policy };
  }

  it.each(Object.entries(publicPages))(
    'the %s page: security headers, a hashed policy and public caching',
    async (kind, path) => {
      const { headers, policy } = await checkPage(path);
      expect(headers.get('cache-control'), path).toMatch(publicCaching);
      if (kind === 'embed') {
        expect(policy.get('frame-ancestors')).toEqual(['*']);
        expect(headers.get('x-frame-options')).toBeNull();
      } else {
        expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
        expect(headers.get('x-frame-options')).toBe('DENY');
      }
    },
  );

  it('keeps articles in the full-route cache', async () => {
    const path = publicPages.article!;
    await fetch(`${portal.url}${path}`);
    const second = await fetch(`${portal.url}${path}`);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  });

  it('keeps studio pages, signed in or not, out of every cache and out of frames', async () => {
    for (const [path, init] of [
      ['/studio', { headers: { cookie: studioCookie } }],
      ['/studio/sign-in', {}],
    ] as const) {
      const { headers, policy } = await checkPage(path, init);
      expect(headers.get('cache-control'), path).toBe('private, no-store');
      expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('sends HSTS only in production over HTTPS, away from localhost', async () => {
    // As a TLS-terminating balancer forwards a request for a public host name (fetch cannot
    // set Host).
    const headersFor = (host: string) =>
      new Promise<IncomingHttpHeaders>((resolve, reject) => {
        get(`${portal.url}/about`, { headers: { host, 'x-forwarded-proto': 'https' } }, (res) => {
          res.resume();
          resolve(res.headers);
        }).once('error', reject);
      });
    const proxied = await headersFor('atlas.example.org');
    expect(proxied['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    expect(proxied['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    expect((await headersFor('localhost:3000'))['strict-transport-security']).toBeUndefined();
  });

  it('serves the API explorer with its own policy', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('script-src')?.every((source) => source.startsWith("'sha256-"))).toBe(true);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('opens the export to every origin', async () => {
    const response = await fetch(
      `${api.url}/export/observations.csv?indicators=top500_rmax_pflops&regions=USA`,
      { headers: { origin: 'https://notebook.example' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await response.text()).split('\n').length).toBeGreaterThan(2);
  });
});
