import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { startApi, useApi } from './support/test-api.js';
import { useTestDatabase } from './support/test-database.js';

// A database of its own: the test adds a draft that the search must not show to readers.
const database = useTestDatabase({ seed: true });

const api = useApi(async () => {
  await database.prisma.article.create({
    data: {
      slug: 'zephyrology-draft',
      title: 'Zephyrology of data centres',
      summary: 'Unpublished.',
      body: 'Zephyrology is not yet public.',
      status: 'DRAFT',
    },
  });
  return startApi(database.prisma);
});

interface Result {
  kind: string;
  rank: number;
  snippet: string;
  match: { __typename: string; code?: string; slug?: string; name?: string; title?: string };
}

const searchQuery = `query ($query: String!, $kinds: [SearchKind!], $first: Int! = 20) {
  search(query: $query, kinds: $kinds, first: $first) {
    kind rank snippet
    match {
      __typename
      ... on Indicator { code name }
      ... on Region { code name }
      ... on Article { slug title }
    }
  }
}`;

const words = (...texts: (string | null)[]) =>
  texts.flatMap((text) => (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u));

describe('search', () => {
  it('finds every indicator with a word starting with the query, most relevant first', async () => {
    const indicators = await database.prisma.indicator.findMany();
    const expected = indicators
      .filter((row) =>
        words(row.code, row.name, row.description, row.methodology, row.unit).some((word) =>
          word.startsWith('top500'),
        ),
      )
      .map((row) => row.code)
      .sort();
    expect(expected.length).toBeGreaterThan(2);

    const data = await queryData<{ search: Result[] }>(api.baseUrl, searchQuery, {
      query: 'TOP500',
      kinds: ['INDICATOR'],
      first: 100,
    });
    expect(data.search.map((result) => result.match.code).sort()).toEqual(expected);
    const ranks = data.search.map((result) => result.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(data.search.every((result) => result.snippet.includes('**'))).toBe(true);
  });

  it('matches the beginning of words across kinds and ranks a name above a mention', async () => {
    const germany = await database.prisma.region.findUniqueOrThrow({ where: { code: 'DEU' } });
    const data = await queryData<{ search: Result[] }>(api.baseUrl, searchQuery, {
      query: germany.name.slice(0, 4),
    });
    expect(data.search[0]).toMatchObject({
      kind: 'REGION',
      match: { __typename: 'Region', code: 'DEU' },
    });
  });

  it('finds published articles by words of their title, and never drafts for readers', async () => {
    const article = await database.prisma.article.findFirstOrThrow({
      where: { status: 'PUBLISHED' },
    });
    const titleWords = words(article.title).filter((word) => word.length > 4);
    const data = await queryData<{ search: Result[] }>(api.baseUrl, searchQuery, {
      query: titleWords.join(' '),
      kinds: ['ARTICLE'],
    });
    expect(data.search[0]?.match).toMatchObject({ __typename: 'Article', slug: article.slug });

    const drafts = await queryData<{ search: Result[] }>(api.baseUrl, searchQuery, {
      query: 'zephyrology',
    });
    expect(drafts.search).toEqual([]);
  });

  it('refuses a query without words and a page size out of range', async () => {
    const noWords = await postGraphql(api.baseUrl, searchQuery, { query: '?!' });
    expect(errorCodes(noWords)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await postGraphql(api.baseUrl, searchQuery, { query: 'power', first: 101 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});
