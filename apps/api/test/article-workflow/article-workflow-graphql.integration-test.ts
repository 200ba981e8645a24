import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs, signInOverHttp, type HttpSession } from '../auth/http-session.js';
import { errorCodes } from '../support/graphql-client.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { startApi, useApi } from '../support/test-api.js';
import { useTestDatabase } from '../support/test-database.js';

const password = 'correct horse battery';

const saveMutation = `mutation($input: SaveArticleInput!) {
  saveArticle(input: $input) {
    __typename
    ... on StudioArticle { version allowedActions }
    ... on ArticleConflict {
      message
      current { version body tags author { name } }
      submitted { baseVersion body tags }
    }
  }
}`;

describe('the article workflow over GraphQL', () => {
  const database = useTestDatabase({ referenceData: true });
  const api = useApi(() => startApi(database.prisma));
  let editor: HttpSession;
  let admin: HttpSession;
  let editorName: string;

  beforeAll(async () => {
    const editorAccount = await createSignedInViewer(database.prisma, 'EDITOR');
    const adminAccount = await createSignedInViewer(database.prisma, 'ADMIN');
    editorName = editorAccount.user.name;
    editor = await signInOverHttp(api.baseUrl, editorAccount.user.email, password);
    admin = await signInOverHttp(api.baseUrl, adminAccount.user.email, password);
  });

  const createArticle = async (slug: string) => {
    const created = await graphqlAs<{ createArticle: { id: number } }>(
      api.baseUrl,
      editor,
      'mutation($input: ArticleContentInput!) { createArticle(input: $input) { id } }',
      { input: { slug, title: 'Typed', summary: 'Results as data.', body: 'First.' } },
    );
    return created.data!.createArticle.id;
  };

  it("lists the actions each viewer may take by the article's status", async () => {
    const id = await createArticle('allowed-actions');
    const query = 'query($id: Int!) { studioArticle(id: $id) { status allowedActions } }';
    expect((await graphqlAs(api.baseUrl, editor, query, { id })).data).toEqual({
      studioArticle: { status: 'DRAFT', allowedActions: ['SAVE', 'SUBMIT'] },
    });
    expect((await graphqlAs(api.baseUrl, admin, query, { id })).data).toEqual({
      studioArticle: {
        status: 'DRAFT',
        allowedActions: ['SAVE', 'SUBMIT', 'PUBLISH', 'ARCHIVE'],
      },
    });
  });

  it('returns a stale save as a conflict carrying both versions, and saves nothing', async () => {
    const id = await createArticle('typed-conflict');
    const content = { slug: 'typed-conflict', title: 'Typed', summary: 'Results as data.' };
    const first = await graphqlAs(api.baseUrl, editor, saveMutation, {
      input: { id, baseVersion: 1, content: { ...content, body: 'Second.', tags: ['Mine'] } },
    });
    expect(first.data).toEqual({
      saveArticle: { __typename: 'StudioArticle', version: 2, allowedActions: ['SAVE', 'SUBMIT'] },
    });

    const stale = await graphqlAs(api.baseUrl, admin, saveMutation, {
      input: { id, baseVersion: 1, content: { ...content, body: 'Concurrent.', tags: ['Theirs'] } },
    });
    expect(stale.errors).toBeUndefined();
    expect(stale.data).toEqual({
      saveArticle: {
        __typename: 'ArticleConflict',
        message: `The article was changed by ${editorName} (version 2) since your copy (version 1) was loaded; nothing was saved.`,
        current: { version: 2, body: 'Second.', tags: ['Mine'], author: { name: editorName } },
        submitted: { baseVersion: 1, body: 'Concurrent.', tags: ['Theirs'] },
      },
    });
    const stored = await database.prisma.article.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ version: 2, body: 'Second.' });
  });
});

describe('figures typed in the prose of an article', () => {
  const database = useTestDatabase({ referenceData: true });
  const api = useApi(() => startApi(database.prisma));
  let editor: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    const editorAccount = await createSignedInViewer(database.prisma, 'EDITOR');
    const adminAccount = await createSignedInViewer(database.prisma, 'ADMIN');
    editor = await signInOverHttp(api.baseUrl, editorAccount.user.email, password);
    admin = await signInOverHttp(api.baseUrl, adminAccount.user.email, password);
  });

  const year = 'The first list came out in 1993.';
  const count = 'It ranks 500 systems.';
  const live = 'Today :live{indicator="top500_systems" region="USA"} are American.';
  const content = {
    slug: 'typed-figures',
    title: 'The list',
    summary: 'Twice a year.',
    body: `${year} ${count}\n\n${live}\n`,
  };
  const typedFigures = 'typedFigures { sentence confirmed }';
  const publish = `mutation($id: Int!, $version: Int!) {
    publishArticle(id: $id, version: $version) { status version }
  }`;
  const save = `mutation($input: SaveArticleInput!) {
    saveArticle(input: $input) { ... on StudioArticle { version ${typedFigures} } }
  }`;
  const confirm = `mutation($id: Int!, $version: Int!, $sentences: [String!]!) {
    confirmTypedFigures(id: $id, version: $version, sentences: $sentences) { version ${typedFigures} }
  }`;

  /** A draft with the content, saved once by the editor; returns its id and what the save said. */
  const draftSaved = async (slug: string, body = content.body) => {
    const created = await graphqlAs<{ createArticle: { id: number } }>(
      api.baseUrl,
      editor,
      'mutation($input: ArticleContentInput!) { createArticle(input: $input) { id } }',
      { input: { ...content, slug, body: 'Nothing typed.' } },
    );
    const id = created.data!.createArticle.id;
    const saved = await graphqlAs<{ saveArticle: { version: number; typedFigures: unknown[] } }>(
      api.baseUrl,
      editor,
      save,
      { input: { id, baseVersion: 1, content: { ...content, slug, body } } },
    );
    return { id, saved: saved.data!.saveArticle };
  };

  it('warns on save with each sentence that holds a typed figure, and only those', async () => {
    const { saved } = await draftSaved('typed-figures-warned');
    expect(saved).toEqual({
      version: 2,
      typedFigures: [
        { sentence: year, confirmed: false },
        { sentence: count, confirmed: false },
      ],
    });
  });

  it('refuses to publish with the unconfirmed sentences, and publishes nothing', async () => {
    const { id } = await draftSaved('typed-figures-refused');
    const refused = await graphqlAs(api.baseUrl, admin, publish, { id, version: 2 });
    expect(errorCodes(refused)).toEqual(['TYPED_FIGURES_UNCONFIRMED']);
    expect(refused.errors?.[0]?.extensions?.typedFigures).toEqual([year, count]);
    const stored = await database.prisma.article.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: 'DRAFT', publishedAt: null });
  });

  it('does not let an editor confirm a sentence', async () => {
    const { id } = await draftSaved('typed-figures-editor');
    const refused = await graphqlAs(api.baseUrl, editor, confirm, {
      id,
      version: 2,
      sentences: [year, count],
    });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const revision = await database.prisma.articleRevision.findFirstOrThrow({
      where: { articleId: id, version: 2 },
    });
    expect(revision.confirmedTypedFigures).toEqual([]);
    const stillRefused = await graphqlAs(api.baseUrl, admin, publish, { id, version: 2 });
    expect(errorCodes(stillRefused)).toEqual(['TYPED_FIGURES_UNCONFIRMED']);
  });

  it('publishes once an admin confirmed every sentence, keeping the confirmations with the revision and in the audit log', async () => {
    const { id } = await draftSaved('typed-figures-confirmed');
    const partly = await graphqlAs(api.baseUrl, admin, confirm, {
      id,
      version: 2,
      sentences: [year],
    });
    expect(partly.data).toEqual({
      confirmTypedFigures: {
        version: 2,
        typedFigures: [
          { sentence: year, confirmed: true },
          { sentence: count, confirmed: false },
        ],
      },
    });
    const refused = await graphqlAs(api.baseUrl, admin, publish, { id, version: 2 });
    expect(refused.errors?.[0]?.extensions?.typedFigures).toEqual([count]);

    await graphqlAs(api.baseUrl, admin, confirm, { id, version: 2, sentences: [count] });
    const published = await graphqlAs(api.baseUrl, admin, publish, { id, version: 2 });
    expect(published.errors).toBeUndefined();
    expect(published.data).toEqual({ publishArticle: { status: 'PUBLISHED', version: 2 } });

    const revision = await database.prisma.articleRevision.findFirstOrThrow({
      where: { articleId: id, version: 2 },
    });
    expect(revision.confirmedTypedFigures).toEqual([year, count]);
    const events = await database.prisma.auditEvent.findMany({
      where: { entityId: String(id), action: 'article.confirm-typed-figures' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => event.after)).toEqual([
      { version: 2, confirmedTypedFigures: [year] },
      { version: 2, confirmedTypedFigures: [year, count] },
    ]);
  });

  it('keeps a confirmation for the same sentence in later versions, not for a new one', async () => {
    const { id } = await draftSaved('typed-figures-later');
    await graphqlAs(api.baseUrl, admin, confirm, { id, version: 2, sentences: [year, count] });
    const added = 'A second list followed in 1994.';
    const saved = await graphqlAs<{ saveArticle: unknown }>(api.baseUrl, editor, save, {
      input: {
        id,
        baseVersion: 2,
        content: { ...content, slug: 'typed-figures-later', body: `${year} ${added}\n` },
      },
    });
    expect(saved.data?.saveArticle).toEqual({
      version: 3,
      typedFigures: [
        { sentence: year, confirmed: true },
        { sentence: added, confirmed: false },
      ],
    });
    const refused = await graphqlAs(api.baseUrl, admin, publish, { id, version: 3 });
    expect(refused.errors?.[0]?.extensions?.typedFigures).toEqual([added]);
  });

  it('refuses to confirm a sentence the article does not hold, or against a stale version', async () => {
    const { id } = await draftSaved('typed-figures-unknown');
    const unknown = await graphqlAs(api.baseUrl, admin, confirm, {
      id,
      version: 2,
      sentences: ['It ranks 501 systems.'],
    });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const stale = await graphqlAs(api.baseUrl, admin, confirm, {
      id,
      version: 1,
      sentences: [year],
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
  });
});
