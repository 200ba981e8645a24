import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

describe('pillars', () => {
  it('lists the pillars in display order with their indicators', async () => {
    const data = await queryData<{
      pillars: {
        code: string;
        name: string;
        indexWeight: number | null;
        indicators: { code: string }[];
      }[];
    }>(api.baseUrl, '{ pillars { code name indexWeight indicators { code } } }');
    const expected = await api.prisma.pillar.findMany({
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      include: { indicators: { orderBy: { name: 'asc' } } },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.pillars).toEqual(
      expected.map((pillar) => ({
        code: pillar.code,
        name: pillar.name,
        indexWeight: pillar.indexWeight,
        indicators: pillar.indicators.map((indicator) => ({ code: indicator.code })),
      })),
    );
  });
});

describe('indicators', () => {
  it('lists every indicator by name', async () => {
    const data = await queryData<{ indicators: { code: string }[] }>(
      api.baseUrl,
      '{ indicators { code } }',
    );
    const expected = await api.prisma.indicator.findMany({ orderBy: { name: 'asc' } });
    expect(data.indicators.map((indicator) => indicator.code)).toEqual(
      expected.map((row) => row.code),
    );
  });

  it('lists the indicators of one pillar', async () => {
    const pillar = await api.prisma.pillar.findFirstOrThrow({
      where: { indicators: { some: {} } },
      include: { indicators: { orderBy: { name: 'asc' } } },
    });
    const data = await queryData<{ indicators: { code: string; pillar: { code: string } }[] }>(
      api.baseUrl,
      'query ($pillar: String) { indicators(pillar: $pillar) { code pillar { code } } }',
      { pillar: pillar.code },
    );
    expect(data.indicators).toEqual(
      pillar.indicators.map((indicator) => ({
        code: indicator.code,
        pillar: { code: pillar.code },
      })),
    );
  });

  it('refuses an unknown pillar with NOT_FOUND', async () => {
    const response = await postGraphql(
      api.baseUrl,
      '{ indicators(pillar: "no_such_pillar") { code } }',
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toContain('no_such_pillar');
  });
});

describe('indicator', () => {
  const indicatorQuery = `query ($code: String!) {
    indicator(code: $code) {
      code name unit description methodology higherIsBetter additive indexWeight
      pillar { code }
      sources { key title publisher year url excerpt }
      regions { code }
      periods
    }
  }`;

  it('returns an indicator with its metadata, sources and coverage as stored', async () => {
    const indicator = await api.prisma.indicator.findUniqueOrThrow({
      where: { code: 'top500_rmax_pflops' },
      include: { pillar: true },
    });
    const observations = await api.prisma.observation.findMany({
      where: { indicatorId: indicator.id },
      orderBy: [{ periodStart: 'asc' }, { period: 'asc' }],
    });

    const data = await queryData<{ indicator: Record<string, unknown> }>(
      api.baseUrl,
      indicatorQuery,
      {
        code: indicator.code,
      },
    );
    const sources = await api.prisma.source.findMany({
      where: { indicators: { some: { indicatorId: indicator.id } } },
      orderBy: { title: 'asc' },
    });
    const regions = await api.prisma.region.findMany({
      where: { observations: { some: { indicatorId: indicator.id } } },
      orderBy: { name: 'asc' },
    });
    expect(sources.length).toBeGreaterThan(0);
    expect(data.indicator).toEqual({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      description: indicator.description,
      methodology: indicator.methodology,
      higherIsBetter: indicator.higherIsBetter,
      additive: indicator.additive,
      indexWeight: indicator.indexWeight,
      pillar: { code: indicator.pillar.code },
      sources: sources.map(({ key, title, publisher, year, url, excerpt }) => ({
        key,
        title,
        publisher,
        year,
        url,
        excerpt,
      })),
      regions: regions.map((region) => ({ code: region.code })),
      periods: [...new Set(observations.map((row) => row.period))],
    });
  });

  it('returns null for a code that names no indicator', async () => {
    const data = await queryData<{ indicator: null }>(api.baseUrl, indicatorQuery, {
      code: 'no_such_indicator',
    });
    expect(data.indicator).toBeNull();
  });
});

describe('sources', () => {
  it('lists every source by title, and those of one indicator', async () => {
    const all = await api.prisma.source.findMany({ orderBy: { title: 'asc' } });
    const data = await queryData<{ sources: { key: string }[] }>(
      api.baseUrl,
      '{ sources { key } }',
    );
    expect(data.sources.map((source) => source.key)).toEqual(all.map((source) => source.key));

    const ofIndicator = await api.prisma.source.findMany({
      where: { indicators: { some: { indicator: { code: 'dc_electricity_twh' } } } },
      orderBy: { title: 'asc' },
    });
    expect(ofIndicator.length).toBeGreaterThan(1);
    const filtered = await queryData<{ sources: { key: string }[] }>(
      api.baseUrl,
      '{ sources(indicator: "dc_electricity_twh") { key } }',
    );
    expect(filtered.sources.map((source) => source.key)).toEqual(ofIndicator.map((s) => s.key));
  });

  it('returns one source with the indicators it provides values for', async () => {
    const source = await api.prisma.source.findFirstOrThrow({
      where: { indicators: { some: {} } },
      include: { indicators: { include: { indicator: true } } },
    });
    const data = await queryData<{ source: { title: string; indicators: { code: string }[] } }>(
      api.baseUrl,
      'query ($key: String!) { source(key: $key) { title indicators { code } } }',
      { key: source.key },
    );
    expect(data.source.title).toBe(source.title);
    expect(data.source.indicators.map((indicator) => indicator.code).sort()).toEqual(
      source.indicators.map(({ indicator }) => indicator.code).sort(),
    );
    const missing = await queryData<{ source: null }>(
      api.baseUrl,
      '{ source(key: "no_such_source") { title } }',
    );
    expect(missing.source).toBeNull();
  });
});

describe('indicator metadata', () => {
  const metadataQuery = `{
    indicators {
      code lastUpdated
      coverage { regionCount countryCount periodCount firstPeriod lastPeriod }
    }
  }`;

  async function expectedMetadata(indicatorId: number, indicatorUpdatedAt: Date) {
    const observations = await api.prisma.observation.findMany({
      where: { indicatorId },
      include: { region: { select: { kind: true } } },
      orderBy: [{ periodStart: 'asc' }, { period: 'asc' }],
    });
    const latestChange = Math.max(
      indicatorUpdatedAt.getTime(),
      ...observations.map((row) => row.updatedAt.getTime()),
    );
    return {
      lastUpdated: new Date(latestChange).toISOString(),
      coverage: {
        regionCount: new Set(observations.map((row) => row.regionId)).size,
        countryCount: new Set(
          observations.filter((row) => row.region.kind === 'COUNTRY').map((row) => row.regionId),
        ).size,
        periodCount: new Set(observations.map((row) => row.period)).size,
        firstPeriod: observations[0]?.period ?? null,
        lastPeriod: observations.at(-1)?.period ?? null,
      },
    };
  }

  it('answers the coverage and last update of every indicator in one request', async () => {
    const indicators = await api.prisma.indicator.findMany({ orderBy: { name: 'asc' } });
    const data = await queryData<{ indicators: { code: string }[] }>(api.baseUrl, metadataQuery);
    const expected = await Promise.all(
      indicators.map(async (indicator) => ({
        code: indicator.code,
        ...(await expectedMetadata(indicator.id, indicator.updatedAt)),
      })),
    );
    expect(data.indicators).toEqual(expected);
    const rmax = data.indicators.find((row) => row.code === 'top500_rmax_pflops') as unknown as {
      coverage: {
        countryCount: number;
        periodCount: number;
        firstPeriod: string;
        lastPeriod: string;
      };
    };
    // Guard against comparing two empty answers: the TOP500 lists cover many countries and lists.
    expect(rmax.coverage.countryCount).toBeGreaterThan(10);
    expect(rmax.coverage.periodCount).toBeGreaterThan(10);
    expect(rmax.coverage.firstPeriod < rmax.coverage.lastPeriod).toBe(true);
  });

  it('moves the last update to the latest change of a value', async () => {
    const indicator = await api.prisma.indicator.findUniqueOrThrow({
      where: { code: 'dc_electricity_twh' },
    });
    const observation = await api.prisma.observation.findFirstOrThrow({
      where: { indicatorId: indicator.id },
    });
    const changed = await api.prisma.observation.update({
      where: { id: observation.id },
      data: { value: observation.value + 1 },
    });
    const data = await queryData<{ indicator: { lastUpdated: string } }>(
      api.baseUrl,
      '{ indicator(code: "dc_electricity_twh") { lastUpdated } }',
    );
    expect(changed.updatedAt.getTime()).toBeGreaterThan(indicator.updatedAt.getTime());
    expect(data.indicator.lastUpdated).toBe(changed.updatedAt.toISOString());
  });
});
