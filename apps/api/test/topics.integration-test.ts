import { createTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { startApi, type TestApi } from './support/test-api.js';

// A database of its own: the test adds articles next to the seeded ones.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let api: TestApi;
/** An indicator and two regions no seeded article links to, shared by the articles added here. */
let lonelyIndicator: { id: number; code: string };
let lonelyRegion: { id: number; code: string };
let otherLonelyRegion: { id: number; code: string };

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  const { prisma } = database;
  lonelyIndicator = await prisma.indicator.findFirstOrThrow({
    where: { articles: { none: {} } },
    orderBy: { code: 'asc' },
  });
  const lonelyRegions = await prisma.region.findMany({
    where: { articles: { none: {} } },
    orderBy: { code: 'asc' },
    take: 2,
  });
  [lonelyRegion, otherLonelyRegion] = [lonelyRegions[0]!, lonelyRegions[1]!];
  const article = (slug: string, day: number, data: object) =>
    prisma.article.create({
      data: {
        slug,
        title: `Article ${slug}`,
        summary: 'An article the test adds.',
        body: 'Text.',
        status: 'PUBLISHED',
        publishedAt: new Date(Date.UTC(2030, 0, day)),
        ...data,
      },
    });
  const links = {
    indicators: { create: { indicatorId: lonelyIndicator.id } },
    regions: { create: { regionId: lonelyRegion.id } },
  };
  await article('pair-older', 1, links);
  await article('pair-newer', 2, links);
  await article('alone', 3, { regions: { create: { regionId: otherLonelyRegion.id } } });
  await article('hidden-draft', 4, {
    ...links,
    status: 'DRAFT',
    tags: { create: { tag: { connect: { slug: 'capacity' } } } },
  });
  api = await startApi(prisma);
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

interface Slugged {
  slug: string;
}

describe('the articles of an indicator and of a region', () => {
  it('lists the published articles linked to an indicator, newest first', async () => {
    const data = await queryData<{ indicator: { articles: Slugged[] } }>(
      api.baseUrl,
      'query ($code: String!) { indicator(code: $code) { articles { slug } } }',
      { code: lonelyIndicator.code },
    );
    expect(data.indicator.articles).toEqual([{ slug: 'pair-newer' }, { slug: 'pair-older' }]);
  });

  it('answers every indicator in one batch with what the database links', async () => {
    const stored = await database.prisma.indicator.findMany({
      include: {
        articles: { where: { article: { status: 'PUBLISHED' } }, include: { article: true } },
      },
    });
    const data = await queryData<{ indicators: { code: string; articles: Slugged[] }[] }>(
      api.baseUrl,
      '{ indicators { code articles { slug } } }',
    );
    for (const indicator of data.indicators) {
      const expected = stored.find((row) => row.code === indicator.code)!.articles;
      expect(indicator.articles.map((a) => a.slug).sort(), indicator.code).toEqual(
        expected.map((link) => link.article.slug).sort(),
      );
    }
    expect(data.indicators.some((indicator) => indicator.articles.length > 1)).toBe(true);
  });

  it('lists the published articles linked to a region', async () => {
    const data = await queryData<{ a: { articles: Slugged[] }; b: { articles: Slugged[] } }>(
      api.baseUrl,
      'query ($a: String!, $b: String!) { a: region(code: $a) { articles { slug } } b: region(code: $b) { articles { slug } } }',
      { a: lonelyRegion.code, b: otherLonelyRegion.code },
    );
    expect(data.a.articles).toEqual([{ slug: 'pair-newer' }, { slug: 'pair-older' }]);
    expect(data.b.articles).toEqual([{ slug: 'alone' }]);
  });
});

describe('related articles', () => {
  const relatedQuery =
    'query ($slug: String!, $first: Int!) { article(slug: $slug) { related(first: $first) { slug } } }';

  it('puts first the article that shares the most indicators and regions', async () => {
    const data = await queryData<{ article: { related: Slugged[] } }>(api.baseUrl, relatedQuery, {
      slug: 'pair-older',
      first: 12,
    });
    expect(data.article.related[0]).toEqual({ slug: 'pair-newer' });
    const slugs = data.article.related.map((article) => article.slug);
    expect(slugs).not.toContain('pair-older');
    expect(slugs).not.toContain('hidden-draft');
    expect(slugs).not.toContain('alone');
  });

  it('leaves out articles that share nothing', async () => {
    const data = await queryData<{ article: { related: Slugged[] } }>(api.baseUrl, relatedQuery, {
      slug: 'alone',
      first: 3,
    });
    expect(data.article.related).toEqual([]);
  });

  it('ranks the seeded articles by shared indicators and regions', async () => {
    const stored = await database.prisma.article.findMany({
      where: { status: 'PUBLISHED' },
      include: { indicators: true, regions: true },
    });
    const data = await queryData<{ articles: { slug: string; related: Slugged[] }[] }>(
      api.baseUrl,
      '{ articles(first: 100) { slug related(first: 12) { slug } } }',
    );
    const figuresShared = (a: (typeof stored)[number], b: (typeof stored)[number]) =>
      a.indicators.filter((x) => b.indicators.some((y) => y.indicatorId === x.indicatorId)).length +
      a.regions.filter((x) => b.regions.some((y) => y.regionId === x.regionId)).length;
    for (const article of data.articles) {
      const self = stored.find((row) => row.slug === article.slug)!;
      const shared = article.related.map((related) =>
        figuresShared(
          self,
          stored.find((row) => row.slug === related.slug)!,
        ),
      );
      expect(shared, article.slug).toEqual([...shared].sort((a, b) => b - a));
    }
    expect(data.articles.filter((article) => article.related.length > 0).length).toBeGreaterThan(
      10,
    );
  });

  it.each([0, 13])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const response = await postGraphql(api.baseUrl, relatedQuery, { slug: 'alone', first });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('topics', () => {
  it('lists the pillars first, then the tags by name, each with published articles', async () => {
    const pillars = await database.prisma.pillar.findMany({ orderBy: { position: 'asc' } });
    const data = await queryData<{
      topics: { slug: string; kind: string; name: string; articles: Slugged[] }[];
    }>(api.baseUrl, '{ topics { slug kind name articles { slug } } }');
    const pillarTopics = data.topics.filter((topic) => topic.kind === 'PILLAR');
    const tagTopics = data.topics.filter((topic) => topic.kind === 'TAG');
    expect(data.topics).toEqual([...pillarTopics, ...tagTopics]);
    expect(pillarTopics.map((topic) => topic.slug)).toEqual(
      pillars
        .map((pillar) => pillar.code)
        .filter((code) => pillarTopics.some((t) => t.slug === code)),
    );
    const tags = await database.prisma.tag.findMany({ orderBy: { name: 'asc' } });
    expect(tagTopics.map((topic) => topic.slug)).toEqual(
      tags.map((tag) => tag.slug).filter((slug) => tagTopics.some((t) => t.slug === slug)),
    );
    // A tag named like a pillar is the pillar's topic, not a second one.
    expect(data.topics.filter((topic) => topic.slug === 'capacity')).toHaveLength(1);
    for (const topic of data.topics) expect(topic.articles.length, topic.slug).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain('hidden-draft');
  });

  it("a pillar's topic holds the articles tagged with it or using its indicators", async () => {
    const stored = await database.prisma.article.findMany({
      where: {
        status: 'PUBLISHED',
        OR: [
          { tags: { some: { tag: { slug: 'technology' } } } },
          { indicators: { some: { indicator: { pillar: { code: 'technology' } } } } },
        ],
      },
      orderBy: [{ publishedAt: 'desc' }, { updatedAt: 'desc' }],
    });
    const data = await queryData<{
      topic: { name: string; kind: string; description: string; articles: Slugged[] };
    }>(api.baseUrl, '{ topic(slug: "technology") { name kind description articles { slug } } }');
    expect(data.topic.kind).toBe('PILLAR');
    expect(data.topic.description).toBeTruthy();
    expect(data.topic.articles).toEqual(stored.map(({ slug }) => ({ slug })));
  });

  it("a tag's topic holds the articles tagged with it, and an unknown slug none", async () => {
    const tag = await database.prisma.tag.findUniqueOrThrow({
      where: { slug: 'country-profile' },
      include: {
        articles: { where: { article: { status: 'PUBLISHED' } }, include: { article: true } },
      },
    });
    const data = await queryData<{
      topic: { name: string; kind: string; description: null; articles: Slugged[] };
      missing: null;
    }>(
      api.baseUrl,
      '{ topic(slug: "country-profile") { name kind description articles { slug } } missing: topic(slug: "no-such-topic") { slug } }',
    );
    expect(data.topic).toMatchObject({ name: tag.name, kind: 'TAG', description: null });
    expect(data.topic.articles.map((a) => a.slug).sort()).toEqual(
      tag.articles.map((link) => link.article.slug).sort(),
    );
    expect(data.missing).toBeNull();
  });

  it("lists an article's topics: its pillars, then its other tags", async () => {
    const data = await queryData<{ article: { topics: { slug: string; kind: string }[] } }>(
      api.baseUrl,
      '{ article(slug: "pair-newer") { topics { slug kind } } }',
    );
    const pillar = await database.prisma.pillar.findFirstOrThrow({
      where: { indicators: { some: { id: lonelyIndicator.id } } },
    });
    expect(data.article.topics).toEqual([{ slug: pillar.code, kind: 'PILLAR' }]);
  });
});
