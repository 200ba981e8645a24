import 'server-only';
import type { BlockSpec, ChartSpec, LiveSpec, RankingSpec } from '@atlas/domain';
import type { FigureFieldsFragment, SourceFieldsFragment } from '@/gql/graphql';
import type { ChartSeries } from '@/components/charts/line-chart-geometry';
import { ApiError } from '@/lib/api/client';
import { uniqueSources } from '@/lib/sources';
import { getLatest, getRanking, getSeries } from '@/lib/api/observations';
import type { RankedFigure } from '@/components/ranking-table';

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

async function loadLive(spec: LiveSpec): Promise<BlockData> {
  if (spec.period) {
    const [series] = await getSeries([spec.indicator], [spec.region], {
      from: spec.period,
      to: spec.period,
    });
    const figure = series?.points.find((point) => point.period === spec.period);
    return figure
      ? { kind: 'live', figure }
      : {
          kind: 'notice',
          message: `no value of ${spec.indicator} for ${spec.region} in ${spec.period}`,
        };
  }
  const [figure] = await getLatest([spec.indicator], [spec.region]);
  return figure
    ? { kind: 'live', figure }
    : { kind: 'notice', message: `no value of ${spec.indicator} for ${spec.region}` };
}

async function loadChart(spec: ChartSpec): Promise<BlockData> {
  const found = await getSeries([spec.indicator], spec.regions, { from: spec.from, to: spec.to });
  const first = found[0];
  if (!first) return { kind: 'notice', message: `no series of ${spec.indicator}` };
  return {
    kind: 'chart',
    spec,
    indicator: first.indicator,
    series: found.map((item) => ({
      id: item.region.code,
      label: item.region.name,
      points: item.points,
    })),
    sources: uniqueSources(found.flatMap((item) => item.points)),
  };
}

async function loadRanking(spec: RankingSpec): Promise<BlockData> {
  const ranking = await getRanking(spec.indicator, { period: spec.period, limit: spec.limit });
  if (ranking.entries.length === 0) {
    return {
      kind: 'notice',
      message: `no values of ${spec.indicator}${spec.period ? ` in ${spec.period}` : ''}`,
    };
  }
  return { kind: 'ranking', indicator: ranking.indicator, entries: ranking.entries };
}

async function loadBlock(block: BlockSpec): Promise<BlockData> {
  switch (block.kind) {
    case 'invalid':
      return { kind: 'notice', message: `::${block.directive}: ${block.problem}` };
    case 'live':
      return loadLive(block.spec);
    case 'chart':
      return loadChart(block.spec);
    case 'ranking':
      return loadRanking(block.spec);
  }
}

/**
 * Fetches the data of every live block in parallel. A block that fails becomes a notice
 * naming the problem, so one broken block never takes the article down with it.
 */
export function loadBlocks(blocks: BlockSpec[]): Promise<BlockData[]> {
  return Promise.all(
    blocks.map((block) =>
      loadBlock(block).catch((error: unknown): BlockData => ({
        kind: 'notice',
        message:
          error instanceof ApiError
            ? `API error ${error.code}: ${error.message}`
            : (error as Error).message,
      })),
    ),
  );
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
