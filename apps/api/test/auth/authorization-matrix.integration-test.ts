import type { PrismaClient } from '@atlas/db';
import { buildSchema } from 'graphql';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleWorkflowService } from '../../src/modules/article-workflow/article-workflow-service.js';
import type { Viewer } from '../../src/modules/auth/viewer.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { startApi, useApi } from '../support/test-api.js';
import { errorCodes } from '../support/graphql-client.js';
import { graphqlAs, signInOverHttp, type HttpSession } from './http-session.js';
import { useTestDatabase } from '../support/test-database.js';

type Caller = 'anonymous' | 'editor' | 'admin';
type MinimumRole = 'EDITOR' | 'ADMIN';

interface Case {
  role: MinimumRole;
  query: string;
  /** Fresh state for one call, so that an allowed call succeeds whoever made the calls before. */
  variables: () => Promise<Record<string, unknown>>;
}

const password = 'correct horse battery';
let sequence = 0;
const next = () => (sequence += 1);

describe('authorisation of every mutation and non-public query', () => {
  const database = useTestDatabase({ referenceData: true });
  const api = useApi(() => startApi(database.prisma));
  let prisma: PrismaClient;
  let editorViewer: Viewer;
  let adminViewer: Viewer;
  const sessions = {} as Record<Exclude<Caller, 'anonymous'>, HttpSession>;
  let articles: ArticleWorkflowService;

  beforeAll(async () => {
    prisma = database.prisma;
    const editor = await createSignedInViewer(prisma, 'EDITOR');
    const admin = await createSignedInViewer(prisma, 'ADMIN');
    editorViewer = editor.viewer;
    adminViewer = admin.viewer;
    articles = new ArticleWorkflowService(prisma, async () => {});
    sessions.editor = await signInOverHttp(api.baseUrl, editor.user.email, password);
    sessions.admin = await signInOverHttp(api.baseUrl, admin.user.email, password);
  });

  const newArticle = async (
    status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED' = 'DRAFT',
    body = 'Text.',
  ) => {
    const article = await articles.create(editorViewer, {
      slug: `matrix-${next()}`,
      title: 'Matrix',
      summary: 'An article for the authorisation matrix.',
      body,
    });
    if (status !== 'DRAFT') await articles.submit(editorViewer, article.id);
    if (status === 'PUBLISHED') await articles.publish(adminViewer, article.id, article.version);
    if (status === 'ARCHIVED') await articles.archive(adminViewer, article.id);
    return article;
  };
  const content = () => ({
    slug: `matrix-saved-${next()}`,
    title: 'Saved',
    summary: 'Saved summary.',
    body: 'Saved.',
  });
  const newUserId = async () => (await createSignedInViewer(prisma, 'EDITOR')).user.id;
  const newApiKeyId = async () => {
    const user = adminViewer.kind === 'session' ? adminViewer.user.id : -1;
    const key = await prisma.apiKey.create({
      data: {
        name: `key ${next()}`,
        prefix: `p${String(next()).padStart(9, '0')}`,
        keyHash: `hash-${next()}`,
        scopes: [],
        createdById: user,
      },
    });
    return key.id;
  };

  const mutations: Record<string, Case> = {
    createUser: {
      role: 'ADMIN',
      query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: async () => ({
        input: { email: `new${next()}@example.org`, name: 'New', role: 'EDITOR', password },
      }),
    },
    updateUser: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { updateUser(id: $id, input: { name: "Renamed" }) { id } }',
      variables: async () => ({ id: await newUserId() }),
    },
    createApiKey: {
      role: 'ADMIN',
      query: 'mutation { createApiKey(name: "importer", scopes: [OBSERVATIONS_WRITE]) { secret } }',
      variables: async () => ({}),
    },
    revokeApiKey: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { revokeApiKey(id: $id) { id } }',
      variables: async () => ({ id: await newApiKeyId() }),
    },
    createArticle: {
      role: 'EDITOR',
      query: 'mutation($input: ArticleContentInput!) { createArticle(input: $input) { id } }',
      variables: async () => ({ input: content() }),
    },
    saveArticle: {
      role: 'EDITOR',
      query:
        'mutation($input: SaveArticleInput!) { saveArticle(input: $input) { __typename ... on StudioArticle { version } } }',
      variables: async () => ({
        input: { id: (await newArticle()).id, baseVersion: 1, content: content() },
      }),
    },
    restoreArticleRevision: {
      role: 'EDITOR',
      query:
        'mutation($id: Int!) { restoreArticleRevision(id: $id, version: 1, baseVersion: 1) { __typename ... on StudioArticle { version } } }',
      variables: async () => ({ id: (await newArticle()).id }),
    },
    submitArticle: {
      role: 'EDITOR',
      query: 'mutation($id: Int!) { submitArticle(id: $id) { status } }',
      variables: async () => ({ id: (await newArticle()).id }),
    },
    publishArticle: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { publishArticle(id: $id, version: 1) { status } }',
      variables: async () => ({ id: (await newArticle('IN_REVIEW')).id }),
    },
    confirmTypedFigures: {
      role: 'ADMIN',
      query:
        'mutation($id: Int!, $sentences: [String!]!) { confirmTypedFigures(id: $id, version: 1, sentences: $sentences) { id } }',
      variables: async () => ({
        id: (await newArticle('DRAFT', 'Founded in 1993.')).id,
        sentences: ['Founded in 1993.'],
      }),
    },
    unpublishArticle: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { unpublishArticle(id: $id) { status } }',
      variables: async () => ({ id: (await newArticle('PUBLISHED')).id }),
    },
    archiveArticle: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { archiveArticle(id: $id) { status } }',
      variables: async () => ({ id: (await newArticle()).id }),
    },
    unarchiveArticle: {
      role: 'ADMIN',
      query: 'mutation($id: Int!) { unarchiveArticle(id: $id) { status } }',
      variables: async () => ({ id: (await newArticle('ARCHIVED')).id }),
    },
    updateIndicator: {
      role: 'EDITOR',
      query:
        'mutation { updateIndicator(code: "top500_systems", input: { methodology: "Counted per list." }) { code } }',
      variables: async () => ({}),
    },
    updatePillar: {
      role: 'EDITOR',
      query: 'mutation { updatePillar(code: "capacity", input: { position: 1 }) { code } }',
      variables: async () => ({}),
    },
    updateRegion: {
      role: 'EDITOR',
      query: 'mutation { updateRegion(code: "JPN", input: { description: "Japan." }) { code } }',
      variables: async () => ({}),
    },
    updateSource: {
      role: 'EDITOR',
      query: 'mutation { updateSource(key: "t500_202411", input: { year: 2024 }) { key } }',
      variables: async () => ({}),
    },
    createSource: {
      role: 'EDITOR',
      query:
        'mutation($key: String!) { createSource(key: $key, input: { title: "T", publisher: "P", url: "https://example.org", excerpt: "E" }) { key } }',
      variables: async () => ({ key: `source_${next()}` }),
    },
    createGlossaryTerm: {
      role: 'EDITOR',
      query:
        'mutation($slug: String!) { createGlossaryTerm(slug: $slug, input: { term: "T", definition: "D" }) { slug } }',
      variables: async () => ({ slug: `term-${next()}` }),
    },
    updateGlossaryTerm: {
      role: 'EDITOR',
      query:
        'mutation($slug: String!) { updateGlossaryTerm(slug: $slug, baseVersion: 1, input: { definition: "D." }) { slug } }',
      variables: async () => {
        const { slug } = await prisma.glossaryTerm.create({
          data: { slug: `term-${next()}`, term: 'T', definition: 'D' },
        });
        return { slug };
      },
    },
  };

  const queries: Record<string, Case> = {
    users: { role: 'ADMIN', query: '{ users { id } }', variables: async () => ({}) },
    apiKeys: { role: 'ADMIN', query: '{ apiKeys { id } }', variables: async () => ({}) },
    auditEvents: { role: 'ADMIN', query: '{ auditEvents { id } }', variables: async () => ({}) },
    studioArticles: {
      role: 'EDITOR',
      query: '{ studioArticles { id } }',
      variables: async () => ({}),
    },
    studioArticle: {
      role: 'EDITOR',
      query: 'query($id: Int!) { studioArticle(id: $id) { id } }',
      variables: async () => ({ id: (await newArticle()).id }),
    },
    articleDiff: {
      role: 'EDITOR',
      query:
        'query($id: Int!) { articleDiff(articleId: $id, fromVersion: 1, toVersion: 1) { body { text } } }',
      variables: async () => ({ id: (await newArticle()).id }),
    },
    studioSources: {
      role: 'EDITOR',
      query: '{ studioSources { key } }',
      variables: async () => ({}),
    },
    importBatches: {
      role: 'EDITOR',
      query: '{ importBatches { id } }',
      variables: async () => ({}),
    },
  };

  it('covers every mutation of the schema', async () => {
    const schema = buildSchema(
      await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8'),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual(
      Object.keys(mutations).sort(),
    );
  });

  const allowed = (caller: Caller, role: MinimumRole) =>
    caller === 'admin' || (caller === 'editor' && role === 'EDITOR');
  const rows = (cases: Record<string, Case>) =>
    Object.entries(cases).flatMap(([name, testCase]) =>
      (['anonymous', 'editor', 'admin'] as const).map((caller) => ({ name, caller, testCase })),
    );

  it.each(rows({ ...mutations, ...queries }))(
    '$name as $caller',
    async ({ name, caller, testCase }) => {
      const response = await graphqlAs<Record<string, unknown>>(
        api.baseUrl,
        caller === 'anonymous' ? null : sessions[caller],
        testCase.query,
        await testCase.variables(),
      );
      if (allowed(caller, testCase.role)) {
        expect(response.errors).toBeUndefined();
        expect(response.data?.[name]).toBeTruthy();
        // A save refused as a conflict is data, not an error; these saves must go through.
        expect(response.data?.[name]).not.toMatchObject({ __typename: 'ArticleConflict' });
      } else {
        expect(errorCodes(response)).toEqual([
          caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        ]);
      }
    },
  );

  it('lets an API key import but nothing else', async () => {
    const created = await graphqlAs<{ createApiKey: { secret: string } }>(
      api.baseUrl,
      sessions.admin,
      'mutation { createApiKey(name: "machine", scopes: [OBSERVATIONS_WRITE]) { secret } }',
    );
    const apiKey = created.data?.createApiKey.secret ?? '';
    const denied = await graphqlAs(
      api.baseUrl,
      { apiKey },
      'mutation($input: ArticleContentInput!) { createArticle(input: $input) { id } }',
      {
        input: content(),
      },
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await graphqlAs(api.baseUrl, { apiKey }, '{ studioArticles { id } }')),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await graphqlAs<{ viewer: null }>(api.baseUrl, { apiKey }, '{ viewer { id } }')).data,
    ).toEqual({ viewer: null });
  });

  it('hides drafts from anonymous readers and API keys on the public article query', async () => {
    const draft = await newArticle();
    const query = 'query($slug: String!) { article(slug: $slug) { slug status } }';
    expect((await graphqlAs(api.baseUrl, null, query, { slug: draft.slug })).data).toEqual({
      article: null,
    });
    expect(
      (await graphqlAs(api.baseUrl, sessions.editor, query, { slug: draft.slug })).data,
    ).toEqual({
      article: { slug: draft.slug, status: 'DRAFT' },
    });
  });
});
