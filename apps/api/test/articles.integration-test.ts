import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { startApi, useApi } from './support/test-api.js';
import { useTestDatabase } from './support/test-database.js';

// A database of its own: the test adds a draft next to the seeded articles.
const database = useTestDatabase({ seed: true });
const draftSlug = 'unpublished-draft';

const api = useApi(async () => {
  await database.prisma.article.create({
    data: {
      slug: draftSlug,
      title: 'Not yet public',
      summary: 'A draft that anonymous readers must not see.',
      body: 'Draft body.',
      status: 'DRAFT',
    },
  });
  return startApi(database.prisma);
});

interface ArticleResult {
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: string;
  publishedAt: string | null;
  tags: { slug: string }[];
  indicators: { code: string }[];
  regions: { code: string }[];
}

const articleFields =
  'slug title summary body status publishedAt tags { slug } indicators { code } regions { code }';

async function storedPublishedArticles() {
  return database.prisma.article.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { updatedAt: 'desc' }],
    include: {
      tags: { include: { tag: true }, orderBy: { tag: { name: 'asc' } } },
      indicators: { include: { indicator: true }, orderBy: { indicator: { name: 'asc' } } },
      regions: { include: { region: true }, orderBy: { region: { name: 'asc' } } },
    },
  });
}

describe('articles', () => {
  it('lists the published articles, newest first, with their tags, indicators and regions', async () => {
    const stored = await storedPublishedArticles();
    expect(stored.length).toBeGreaterThan(1);
    const data = await queryData<{ articles: ArticleResult[] }>(
      api.baseUrl,
      `{ articles { ${articleFields} } }`,
    );
    expect(data.articles).toEqual(
      stored.map((article) => ({
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        body: article.body,
        status: 'PUBLISHED',
        publishedAt: article.publishedAt?.toISOString() ?? null,
        tags: article.tags.map(({ tag }) => ({ slug: tag.slug })),
        indicators: article.indicators.map(({ indicator }) => ({ code: indicator.code })),
        regions: article.regions.map(({ region }) => ({ code: region.code })),
      })),
    );
    expect(data.articles.map((article) => article.slug)).not.toContain(draftSlug);
  });

  it('returns at most `first` articles', async () => {
    const data = await queryData<{ articles: { slug: string }[] }>(
      api.baseUrl,
      '{ articles(first: 1) { slug } }',
    );
    const [newest] = await storedPublishedArticles();
    expect(data.articles).toEqual([{ slug: newest!.slug }]);
  });

  it.each([0, 101])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const response = await postGraphql(
      api.baseUrl,
      'query ($first: Int!) { articles(first: $first) { slug } }',
      {
        first,
      },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toBe(`first must be between 1 and 100, got ${first}`);
  });
});

describe('article', () => {
  const articleQuery = `query ($slug: String!) { article(slug: $slug) { ${articleFields} } }`;

  it('returns a published article by its slug', async () => {
    const [stored] = await storedPublishedArticles();
    const data = await queryData<{ article: ArticleResult }>(api.baseUrl, articleQuery, {
      slug: stored!.slug,
    });
    expect(data.article).toMatchObject({
      slug: stored!.slug,
      title: stored!.title,
      body: stored!.body,
    });
  });

  it('hides a draft from anonymous readers', async () => {
    const data = await queryData<{ article: null }>(api.baseUrl, articleQuery, { slug: draftSlug });
    expect(data.article).toBeNull();
  });
});
