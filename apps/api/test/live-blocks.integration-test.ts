import { describe, expect, it } from 'vitest';
import { queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

const code = 'top500_rmax_pflops';

describe("an article's live blocks in one request", () => {
  it('answers each block as the single-purpose queries do, in the order given', async () => {
    const data = await queryData<{
      liveFigures: { observation: { period: string; value: number } | null; problem: unknown }[];
      liveCharts: { series: { region: { code: string }; points: { period: string }[] }[] }[];
      liveRankings: { ranking: { entries: { rank: number; region: { code: string } }[] } }[];
      latest: { period: string; value: number }[];
      ranking: { entries: { rank: number; region: { code: string } }[] };
    }>(
      api.baseUrl,
      `{
        liveFigures(blocks: [
          { indicator: "${code}", region: "USA" },
          { indicator: "${code}", region: "USA", period: "2020-11" },
          { indicator: "${code}", region: "USA", period: "1990" }
        ]) { observation { period value } problem { code } }
        liveCharts(blocks: [{ indicator: "${code}", regions: ["JPN", "USA"], from: "2019", to: "2021" }]) {
          series { region { code } points { period } }
        }
        liveRankings(blocks: [{ indicator: "${code}", limit: 3 }]) {
          ranking { entries { rank region { code } } }
        }
        latest(indicators: ["${code}"], regions: ["USA"], computeAggregates: false) { period value }
        ranking(indicator: "${code}", limit: 3) { entries { rank region { code } } }
      }`,
    );
    const [latest, ofPeriod, missing] = data.liveFigures;
    expect(latest).toEqual({ observation: data.latest[0], problem: null });
    expect(ofPeriod!.observation?.period).toBe('2020-11');
    expect(missing).toEqual({ observation: null, problem: null });
    const [chart] = data.liveCharts;
    expect(chart!.series.map((series) => series.region.code)).toEqual(['JPN', 'USA']);
    const periods = chart!.series.flatMap((series) => series.points.map((point) => point.period));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((period) => period >= '2019' && period < '2022')).toBe(true);
    expect(data.liveRankings[0]!.ranking.entries).toEqual(data.ranking.entries);
  });

  it('gives a broken block its problem and answers the others', async () => {
    const data = await queryData<{
      liveFigures: {
        observation: { value: number } | null;
        problem: { code: string; message: string } | null;
      }[];
      liveCharts: { series: unknown[]; problem: { code: string } | null }[];
      liveRankings: { ranking: unknown; problem: { code: string } | null }[];
    }>(
      api.baseUrl,
      `{
        liveFigures(blocks: [
          { indicator: "no_such_indicator", region: "USA" },
          { indicator: "${code}", region: "USA", period: "2020-13" },
          { indicator: "${code}", region: "USA" }
        ]) { observation { value } problem { code message } }
        liveCharts(blocks: [{ indicator: "${code}", regions: ["NOWHERE"] }]) { series { points { value } } problem { code } }
        liveRankings(blocks: [{ indicator: "no_such_indicator", limit: 3 }]) { ranking { period } problem { code } }
      }`,
    );
    const [unknown, malformed, fine] = data.liveFigures;
    expect(unknown!.problem).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown!.problem!.message).toContain('no_such_indicator');
    expect(malformed!.problem?.code).toBe('BAD_USER_INPUT');
    expect(fine!.observation?.value).toBeGreaterThan(0);
    expect(data.liveCharts[0]).toEqual({ series: [], problem: { code: 'NOT_FOUND' } });
    expect(data.liveRankings[0]).toEqual({ ranking: null, problem: { code: 'NOT_FOUND' } });
  });
});
