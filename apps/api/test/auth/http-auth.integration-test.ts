import type { PrismaClient } from '@atlas/db';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  maxFailuresPerAddress,
  maxFailuresPerEmail,
} from '../../src/modules/auth/sign-in-throttle.js';
import { errorCodes } from '../support/graphql-client.js';
import { startApi, useApi } from '../support/test-api.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { graphqlAs, signInOverHttp, type HttpSession } from './http-session.js';
import { useTestDatabase } from '../support/test-database.js';

const password = 'correct horse battery';
const createArticle =
  'mutation($input: ArticleContentInput!) { createArticle(input: $input) { id } }';
const article = (slug: string) => ({ input: { slug, title: 'T', summary: 'S', body: 'B' } });
const csv =
  'region_code,indicator_code,period,value\nUSA,top500_systems,2024-11,173\nCHN,top500_systems,2024-11,63\n';

describe('sign-in, sessions, CSRF and the import endpoint over HTTP', () => {
  const database = useTestDatabase({ referenceData: true });
  const api = useApi(() => startApi(database.prisma));
  let prisma: PrismaClient;
  let editorEmail: string;
  let adminSession: HttpSession;

  beforeAll(async () => {
    prisma = database.prisma;
    editorEmail = (await createSignedInViewer(prisma, 'EDITOR')).user.email;
    const admin = (await createSignedInViewer(prisma, 'ADMIN')).user;
    adminSession = await signInOverHttp(api.baseUrl, admin.email, password);
  });

  const post = (path: string, init: RequestInit & { headers?: Record<string, string> }) =>
    fetch(new URL(path, api.baseUrl), { method: 'POST', ...init });
  const signInRequest = (email: string, secret: string, headers: Record<string, string> = {}) =>
    post('/auth/sign-in', {
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password: secret }),
    });

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure except on localhost', async () => {
    const local = await signInRequest(editorEmail, password);
    expect(local.status).toBe(200);
    const [sessionCookie, csrfCookie] = local.headers.getSetCookie();
    expect(sessionCookie).toMatch(
      /^atlas_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
    );
    expect(csrfCookie).toMatch(/^atlas_csrf=[\w-]{43}; Path=\/; Expires=.+; SameSite=Lax$/);
    const body = (await local.json()) as {
      user: { email: string; role: string };
      csrfToken: string;
    };
    expect(body.user).toMatchObject({ email: editorEmail, role: 'EDITOR' });
    expect(csrfCookie).toContain(body.csrfToken);

    const remote = await signInRequest(editorEmail, password, {
      'x-forwarded-host': 'atlas.example.org',
    });
    expect(remote.headers.getSetCookie()[0]).toMatch(/; Secure; SameSite=Lax$/);
  });

  it('answers GET /auth/session for a live cookie only', async () => {
    const session = await signInOverHttp(api.baseUrl, editorEmail, password);
    const live = await fetch(new URL('/auth/session', api.baseUrl), {
      headers: { cookie: session.cookie },
    });
    expect(await live.json()).toMatchObject({
      user: { email: editorEmail },
      csrfToken: session.csrfToken,
    });
    const unknown = await fetch(new URL('/auth/session', api.baseUrl), {
      headers: { cookie: 'atlas_session=nope' },
    });
    expect(unknown.status).toBe(401);
  });

  it('refuses a mutation sent with the session cookie but without the right CSRF token, and changes nothing', async () => {
    const session = await signInOverHttp(api.baseUrl, editorEmail, password);
    const missing = await graphqlAs(api.baseUrl, session, createArticle, article('csrf-missing'), {
      csrfToken: null,
    });
    expect(missing.status).toBe(403);
    expect(errorCodes(missing)).toEqual(['CSRF_FAILED']);
    const wrong = await graphqlAs(api.baseUrl, session, createArticle, article('csrf-wrong'), {
      csrfToken: adminSession.csrfToken,
    });
    expect(errorCodes(wrong)).toEqual(['CSRF_FAILED']);
    expect(await prisma.article.count({ where: { slug: { startsWith: 'csrf-' } } })).toBe(0);

    const allowed = await graphqlAs(api.baseUrl, session, createArticle, article('csrf-right'));
    expect(allowed.errors).toBeUndefined();
    const readOnly = await graphqlAs(
      api.baseUrl,
      session,
      '{ studioArticles { slug } }',
      {},
      { csrfToken: null },
    );
    expect(readOnly.errors).toBeUndefined();
  });

  it('signs out only with the CSRF token, and the cookie stops working', async () => {
    const session = await signInOverHttp(api.baseUrl, editorEmail, password);
    const forged = await post('/auth/sign-out', { headers: { cookie: session.cookie } });
    expect(forged.status).toBe(403);
    const signOut = await post('/auth/sign-out', {
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(signOut.status).toBe(204);
    const after = await graphqlAs(api.baseUrl, session, '{ studioArticles { slug } }');
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it("lets an admin set a user's password: the old one and the user's sessions stop working, and the audit keeps no hash", async () => {
    const { user } = await createSignedInViewer(prisma, 'EDITOR');
    const session = await signInOverHttp(api.baseUrl, user.email, password);
    const newPassword = 'a brand new passphrase';
    const setPassword = (secret: string) =>
      graphqlAs(
        api.baseUrl,
        adminSession,
        'mutation($id: Int!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
        { id: user.id, input: { password: secret } },
      );

    const tooShort = await setPassword('short');
    expect(errorCodes(tooShort)).toEqual(['BAD_USER_INPUT']);
    expect(tooShort.errors?.[0]?.message).toContain('at least 10 characters');
    expect((await setPassword(newPassword)).errors).toBeUndefined();

    const after = await graphqlAs(api.baseUrl, session, '{ studioArticles { slug } }');
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    expect((await signInRequest(user.email, password)).status).toBe(401);
    expect((await signInRequest(user.email, newPassword)).status).toBe(200);

    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'user.update.password', entityId: String(user.id) },
    });
    expect(event.after).toMatchObject({ email: user.email, disabled: false });
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const audited = JSON.stringify([event.before, event.after]);
    for (const secret of [user.passwordHash, passwordHash, 'argon2', newPassword]) {
      expect(audited).not.toContain(secret);
    }
  });

  it('refuses a sign-in a cross-site form could send, so no page can sign a reader in', async () => {
    // A form on another site can post text/plain without a preflight, never application/json.
    const forged = await post('/auth/sign-in', {
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: editorEmail, password }),
    });
    expect(forged.status).toBe(400);
    expect(forged.headers.get('set-cookie')).toBeNull();
  });

  it('throttles failed sign-ins with 429 and Retry-After', async () => {
    const target = (await createSignedInViewer(prisma, 'EDITOR')).user.email;
    for (let i = 0; i < maxFailuresPerEmail; i += 1) {
      const failed = await signInRequest(target, `wrong ${i}`);
      expect(failed.status).toBe(401);
      expect(await failed.json()).toEqual({
        error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' },
      });
    }
    const throttled = await signInRequest(target, password);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(((await throttled.json()) as { error: { code: string } }).error.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('throttles by the address the portal forwards, so one address cannot lock out another', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    // Spread over fresh emails, so only the per-address limit can refuse.
    for (let i = 0; i < maxFailuresPerAddress; i += 1) {
      const failed = await signInRequest(`nobody-${i}@example.org`, 'wrong', from('203.0.113.7'));
      expect(failed.status).toBe(401);
    }
    expect((await signInRequest(editorEmail, password, from('203.0.113.7'))).status).toBe(429);
    expect((await signInRequest(editorEmail, password, from('198.51.100.4'))).status).toBe(200);
  });

  describe('POST /import', () => {
    const importAs = (headers: Record<string, string>, body = csv, query = '') =>
      post(`/import${query}`, { headers: { 'content-type': 'text/csv', ...headers }, body });

    it('needs an editor with the CSRF token, or a key with the observations:write scope', async () => {
      expect((await importAs({}, csv, '?dryRun=true')).status).toBe(401);
      const session = await signInOverHttp(api.baseUrl, editorEmail, password);
      const forged = await importAs({ cookie: session.cookie }, csv, '?dryRun=true');
      expect(forged.status).toBe(403);
      expect(await forged.json()).toMatchObject({ error: { code: 'CSRF_FAILED' } });
      const dryRun = await importAs(
        { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        csv,
        '?dryRun=true',
      );
      expect(dryRun.status).toBe(200);
      expect(await dryRun.json()).toMatchObject({ committed: false, rowCount: 2, errorCount: 0 });
      expect(await prisma.observation.count()).toBe(0);
    });

    it('imports for a machine client with an API key, and refuses revoked and unknown keys', async () => {
      const create = async (scopes: string) =>
        (
          await graphqlAs<{ createApiKey: { secret: string; apiKey: { id: number } } }>(
            api.baseUrl,
            adminSession,
            `mutation { createApiKey(name: "pipeline", scopes: [${scopes}]) { secret apiKey { id } } }`,
          )
        ).data?.createApiKey;
      const key = await create('OBSERVATIONS_WRITE');
      const stored = await prisma.apiKey.findUniqueOrThrow({ where: { id: key?.apiKey.id ?? -1 } });
      // The random part may itself hold an underscore: take everything after the prefix.
      const token = key!.secret.replace(/^atlas_[0-9a-f]+_/, '');
      expect(token.length).toBeGreaterThan(20);
      expect(stored.keyHash).not.toContain(token);

      const committed = await importAs(
        { authorization: `Bearer ${key?.secret}` },
        csv,
        '?fileName=top500.csv',
      );
      expect(committed.status).toBe(200);
      const report = (await committed.json()) as {
        committed: boolean;
        batchId: number;
        added: number;
      };
      expect(report).toMatchObject({ committed: true, added: 2 });
      expect(
        await prisma.importBatch.findUniqueOrThrow({ where: { id: report.batchId } }),
      ).toMatchObject({
        fileName: 'top500.csv',
        apiKeyId: key?.apiKey.id,
        createdById: null,
      });

      const bad = await importAs(
        { authorization: `Bearer ${key?.secret}` },
        `${csv}JPN,top500_systems,2024-11,many\n`,
      );
      expect(bad.status).toBe(422);
      expect(await bad.json()).toMatchObject({
        committed: false,
        errors: [{ line: 4, code: 'BAD_NUMBER' }],
      });

      const wrongType = await post('/import', {
        headers: { authorization: `Bearer ${key?.secret}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(wrongType.status).toBe(415);

      await graphqlAs(
        api.baseUrl,
        adminSession,
        `mutation { revokeApiKey(id: ${key?.apiKey.id}) { id } }`,
      );
      expect((await importAs({ authorization: `Bearer ${key?.secret}` })).status).toBe(401);
      expect((await importAs({ authorization: 'Bearer atlas_0000000000_guess' })).status).toBe(401);
      expect(await prisma.observation.count()).toBe(2);
    });
  });
});
