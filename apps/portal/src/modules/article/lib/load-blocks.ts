import 'server-only';
import { cacheTags, type BlockSpec, type ChartSpec } from '@atlas/domain';
import type { ChartSeries } from '@/components/charts/line-chart-geometry';
import type { RankedFigure } from '@/components/ranking-table';
import { graphql } from '@/gql';
import type {
  FigureFieldsFragment,
  LiveBlocksQuery as LiveBlocksData,
  SourceFieldsFragment,
} from '@/gql/graphql';
import { ApiError, requestApi } from '@/lib/api/client';
import { uniqueSources } from '@/lib/sources';

interface IndicatorLabel {
  code: string;
  name: string;
  unit: string;
}

export type BlockData =
  | { kind: 'live'; figure: FigureFieldsFragment }
  | {
      kind: 'chart';
      spec: ChartSpec;
      indicator: IndicatorLabel;
      series: ChartSeries[];
      sources: SourceFieldsFragment[];
    }
  | { kind: 'ranking'; indicator: IndicatorLabel; entries: RankedFigure[] }
  | { kind: 'notice'; message: string };

const LiveBlocksQuery = graphql(`
  query LiveBlocks(
    $figures: [LiveFigureInput!]!
    $charts: [LiveChartInput!]!
    $rankings: [LiveRankingInput!]!
  ) {
    liveFigures(blocks: $figures) {
      observation {
        ...FigureFields
      }
      problem {
        code
        message
      }
    }
    liveCharts(blocks: $charts) {
      series {
        indicator {
          code
          name
          unit
        }
        region {
          code
          name
        }
        points {
          ...FigureFields
        }
      }
      problem {
        code
        message
      }
    }
    liveRankings(blocks: $rankings) {
      ranking {
        indicator {
          code
          name
          unit
        }
        entries {
          rank
          observation {
            ...FigureFields
          }
        }
      }
      problem {
        code
        message
      }
    }
  }
`);

function invalidNotice(block: Extract<BlockSpec, { kind: 'invalid' }>): BlockData {
  return { kind: 'notice', message: `::${block.directive}: ${block.problem}` };
}

function problemNotice(problem: { code: string; message: string }): BlockData {
  return { kind: 'notice', message: `API error ${problem.code}: ${problem.message}` };
}

function figureData(
  spec: { indicator: string; region: string; period?: string },
  { observation, problem }: LiveBlocksData['liveFigures'][number],
): BlockData {
  if (problem) return problemNotice(problem);
  if (observation) return { kind: 'live', figure: observation };
  const period = spec.period ? ` in ${spec.period}` : '';
  return { kind: 'notice', message: `no value of ${spec.indicator} for ${spec.region}${period}` };
}

function chartData(
  spec: ChartSpec,
  { series, problem }: LiveBlocksData['liveCharts'][number],
): BlockData {
  if (problem) return problemNotice(problem);
  const first = series[0];
  if (!first) return { kind: 'notice', message: `no series of ${spec.indicator}` };
  return {
    kind: 'chart',
    spec,
    indicator: first.indicator,
    series: series.map((item) => ({
      id: item.region.code,
      label: item.region.name,
      points: item.points,
    })),
    sources: uniqueSources(series.flatMap((item) => item.points)),
  };
}

function rankingData(
  spec: { indicator: string; period?: string },
  { ranking, problem }: LiveBlocksData['liveRankings'][number],
): BlockData {
  if (problem) return problemNotice(problem);
  if (!ranking || ranking.entries.length === 0) {
    const period = spec.period ? ` in ${spec.period}` : '';
    return { kind: 'notice', message: `no values of ${spec.indicator}${period}` };
  }
  return { kind: 'ranking', indicator: ranking.indicator, entries: ranking.entries };
}

/**
 * Fetches the data of every live block of an article in one request. A block that names
 * something unknown becomes a notice naming the problem, so one broken block never takes the
 * article down with it; when the whole request fails, every block says why.
 */
export async function loadBlocks(blocks: BlockSpec[]): Promise<BlockData[]> {
  const figures = blocks.flatMap((block) => (block.kind === 'live' ? [block.spec] : []));
  const charts = blocks.flatMap((block) => (block.kind === 'chart' ? [block.spec] : []));
  const rankings = blocks.flatMap((block) => (block.kind === 'ranking' ? [block.spec] : []));
  let data: LiveBlocksData | null = null;
  if (figures.length + charts.length + rankings.length > 0) {
    const indicators = [...figures, ...charts, ...rankings].map((spec) => spec.indicator);
    try {
      data = await requestApi(
        LiveBlocksQuery,
        {
          figures: figures.map(({ indicator, region, period }) => ({ indicator, region, period })),
          charts: charts.map(({ indicator, regions, from, to }) => ({
            indicator,
            regions,
            from,
            to,
          })),
          rankings: rankings.map(({ indicator, period, limit }) => ({ indicator, period, limit })),
        },
        { tags: [...new Set(indicators)].map(cacheTags.indicator).concat(cacheTags.regions) },
      );
    } catch (error) {
      const message =
        error instanceof ApiError
          ? `API error ${error.code}: ${error.message}`
          : (error as Error).message;
      return blocks.map((block) =>
        block.kind === 'invalid' ? invalidNotice(block) : { kind: 'notice', message },
      );
    }
  }
  const next = { live: 0, chart: 0, ranking: 0 };
  return blocks.map((block): BlockData => {
    switch (block.kind) {
      case 'invalid':
        return invalidNotice(block);
      case 'live':
        return figureData(block.spec, data!.liveFigures[next.live++]!);
      case 'chart':
        return chartData(block.spec, data!.liveCharts[next.chart++]!);
      case 'ranking':
        return rankingData(block.spec, data!.liveRankings[next.ranking++]!);
    }
  });
}

/** Every source the loaded blocks cite, once each. */
export function blockSources(data: BlockData[]): SourceFieldsFragment[] {
  const figures = data.flatMap((block): { source: SourceFieldsFragment | null }[] => {
    switch (block.kind) {
      case 'live':
        return [block.figure];
      case 'ranking':
        return block.entries.map((entry) => entry.observation);
      case 'chart':
        return block.sources.map((source) => ({ source }));
      case 'notice':
        return [];
    }
  });
  return uniqueSources(figures);
}

/** Every period the loaded blocks show, for dating a citation of them. */
export function blockPeriods(data: BlockData[]): string[] {
  return data.flatMap((block) => {
    switch (block.kind) {
      case 'live':
        return [block.figure.period];
      case 'ranking':
        return block.entries.map((entry) => entry.observation.period);
      case 'chart':
        return block.series.flatMap((series) => series.points.map((point) => point.period));
      case 'notice':
        return [];
    }
  });
}
