import { describe, expect, it } from 'vitest';
import { queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface Figure {
  indicator: { code: string };
  region: { code: string };
  period: string;
  value: number;
}

interface Profile {
  region: {
    series: { indicator: { code: string }; points: { period: string }[] }[];
    comparison: { peers: { code: string }[]; latest: Figure[] };
  };
  computingPowerIndex: { entries: { region: { code: string } }[] };
  pillars: { indicators: { code: string }[] }[];
}

const profileQuery = `query ($code: String!, $peers: [String!]!) {
  region(code: $code) {
    series { indicator { code } points { period } }
    comparison(peers: $peers) {
      peers { code }
      latest { indicator { code } region { code } period value }
    }
  }
  computingPowerIndex { entries { region { code } } }
  pillars { indicators { code } }
}`;

const profile = (code: string, peers: string[] = []) =>
  queryData<Profile>(api.baseUrl, profileQuery, { code, peers });

describe('a region profile in one request', () => {
  it('has a series for every indicator with values, in pillar order', async () => {
    const data = await profile('USA');
    const stored = await api.prisma.observation.findMany({
      where: { region: { code: 'USA' } },
      distinct: ['indicatorId'],
      select: { indicator: { select: { code: true } } },
    });
    const withValues = new Set(stored.map((row) => row.indicator.code));
    const inPillarOrder = data.pillars
      .flatMap((pillar) => pillar.indicators.map((indicator) => indicator.code))
      .filter((code) => withValues.has(code));
    expect(data.region.series.map((series) => series.indicator.code)).toEqual(inPillarOrder);
    expect(data.region.series.every((series) => series.points.length > 0)).toBe(true);
  });

  it('compares with its neighbours in the index when no peer is chosen', async () => {
    const { computingPowerIndex } = await profile('WLD');
    const ranked = computingPowerIndex.entries.map((entry) => entry.region.code);
    expect(ranked.length).toBeGreaterThan(2);
    const data = await profile(ranked[1]!);
    expect(data.region.comparison.peers.map((peer) => peer.code)).toEqual([ranked[0], ranked[2]]);
  });

  it('compares with the leaders when the region is not ranked', async () => {
    const data = await profile('WLD');
    expect(data.region.comparison.peers.map((peer) => peer.code)).toEqual(
      data.computingPowerIndex.entries.slice(0, 2).map((entry) => entry.region.code),
    );
  });

  it('keeps the chosen peers that are other countries, and their latest measured values', async () => {
    const data = await profile('USA', ['CHN', 'USA', 'WLD', 'NOWHERE', 'JPN']);
    const { peers, latest } = data.region.comparison;
    expect(peers.map((peer) => peer.code)).toEqual(['CHN', 'JPN']);
    const indicators = data.region.series.map((series) => series.indicator.code);
    const expected = await queryData<{ latest: Figure[] }>(
      api.baseUrl,
      `query ($indicators: [String!]!) {
        latest(indicators: $indicators, regions: ["USA", "CHN", "JPN"], computeAggregates: false) {
          indicator { code } region { code } period value
        }
      }`,
      { indicators },
    );
    const key = (figure: Figure) => `${figure.indicator.code}:${figure.region.code}`;
    const sorted = (figures: Figure[]) => [...figures].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(latest)).toEqual(sorted(expected.latest));
  });
});
