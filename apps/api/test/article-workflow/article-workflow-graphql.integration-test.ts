import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs, signInOverHttp, type HttpSession } from '../auth/http-session.js';
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
