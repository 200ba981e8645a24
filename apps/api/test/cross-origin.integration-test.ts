import { createHash } from 'node:crypto';
import { createTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './support/test-api.js';
import { createReferenceData, createSignedInViewer } from './support/fixtures.js';
import { signInOverHttp, type HttpSession } from './auth/http-session.js';

const portalOrigin = 'http://portal.example:3000';
const notebookOrigin = 'https://notebook.example';
const viewerQuery = '{ viewer { email } pillars { code } }';

describe('cross-origin requests over HTTP', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: TestApi;
  let session: HttpSession;
  let adminEmail: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await createReferenceData(database.prisma);
    adminEmail = (await createSignedInViewer(database.prisma, 'ADMIN')).user.email;
    api = await startApi(database.prisma, undefined, undefined, { portalOrigin });
    session = await signInOverHttp(api.baseUrl, adminEmail, 'correct horse battery');
  });
  afterAll(async () => {
    await api.stop();
    await database.drop();
  });

  const post = (origin: string, cookie?: string) =>
    fetch(new URL('/graphql', api.baseUrl), {
      method: 'POST',
      headers: {
        origin,
        'content-type': 'application/json',
        ...(cookie ? { cookie, 'x-csrf-token': session.csrfToken } : {}),
      },
      body: JSON.stringify({ query: viewerQuery }),
    });

  it('answers preflights of the open endpoints with 204, the allowed methods and headers, and a max age', async () => {
    for (const [path, methods] of [
      ['/graphql', 'GET, POST'],
      ['/export/observations.csv', 'GET, HEAD'],
    ] as const) {
      const response = await fetch(new URL(path, api.baseUrl), {
        method: 'OPTIONS',
        headers: {
          origin: notebookOrigin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('access-control-allow-methods')).toBe(methods);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
      expect(response.headers.get('access-control-allow-headers')).not.toMatch(/X-CSRF-Token/);
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    }
  });

  it('opens anonymous GraphQL reads (POST, GET, persisted queries) and the export to every origin', async () => {
    const posted = await post(notebookOrigin);
    expect(posted.status).toBe(200);
    expect(posted.headers.get('access-control-allow-origin')).toBe('*');
    expect(posted.headers.get('access-control-allow-credentials')).toBeNull();

    const query = '{ pillars { code } }';
    const persisted = new URL('/graphql', api.baseUrl);
    persisted.searchParams.set(
      'extensions',
      JSON.stringify({
        persistedQuery: {
          version: 1,
          sha256Hash: createHash('sha256').update(query).digest('hex'),
        },
      }),
    );
    persisted.searchParams.set('query', query);
    const got = await fetch(persisted, { headers: { origin: notebookOrigin } });
    expect(got.status).toBe(200);
    expect(got.headers.get('access-control-allow-origin')).toBe('*');
    persisted.searchParams.delete('query');
    const byHash = await fetch(persisted, { headers: { origin: notebookOrigin } });
    expect(((await byHash.json()) as { data: unknown }).data).toEqual(
      ((await got.json()) as { data: unknown }).data,
    );
    expect(byHash.headers.get('access-control-allow-origin')).toBe('*');

    const csv = await fetch(new URL('/export/observations.csv', api.baseUrl), {
      headers: { origin: notebookOrigin },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
    expect(csv.headers.get('access-control-expose-headers')).toMatch(/Content-Disposition/);
  });

  it('grants the portal its credentials, and it is signed in', async () => {
    const response = await post(portalOrigin, session.cookie);
    expect(response.headers.get('access-control-allow-origin')).toBe(portalOrigin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toMatch(/Origin/);
    const body = (await response.json()) as { data: { viewer: { email: string } | null } };
    expect(body.data.viewer).toEqual({ email: adminEmail });

    const preflight = await fetch(new URL('/graphql', api.baseUrl), {
      method: 'OPTIONS',
      headers: { origin: portalOrigin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(portalOrigin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-CSRF-Token/);
  });

  it('gives a request with cookies from another origin no grant and no more than an anonymous one', async () => {
    const response = await post(notebookOrigin, session.cookie);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const body = (await response.json()) as { data: { viewer: unknown } };
    expect(body.data.viewer).toBeNull();

    // Mutations from there never run as the signed-in person, even with a stolen CSRF token.
    const mutation = await fetch(new URL('/graphql', api.baseUrl), {
      method: 'POST',
      headers: {
        origin: notebookOrigin,
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify({
        query:
          'mutation { createArticle(input: { slug: "x", title: "T", summary: "S", body: "B" }) { id } }',
      }),
    });
    const refused = (await mutation.json()) as { errors?: { extensions: { code: string } }[] };
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await database.prisma.article.count({ where: { slug: 'x' } })).toBe(0);
  });

  it('keeps the CSRF rule for the portal: a mutation with the cookie but without the token is refused', async () => {
    const response = await fetch(new URL('/graphql', api.baseUrl), {
      method: 'POST',
      headers: { origin: portalOrigin, 'content-type': 'application/json', cookie: session.cookie },
      body: JSON.stringify({
        query:
          'mutation { createArticle(input: { slug: "y", title: "T", summary: "S", body: "B" }) { id } }',
      }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe('CSRF_FAILED');
  });

  it('serves the explorer with its own policy: its inline script by hash, no framing', async () => {
    const response = await fetch(new URL('/graphql', api.baseUrl), {
      headers: { accept: 'text/html' },
    });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toContain(`ws://${api.baseUrl.host}`);
    const html = await response.text();
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`'sha256-${hash}'`);
  });
});
