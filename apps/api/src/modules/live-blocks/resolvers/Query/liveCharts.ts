import type { QueryResolvers } from '../../../../generated/graphql.js';
import { findObservationsInRange } from '../../../observations/observation-store.js';
import { parsePeriodRange } from '../../../observations/period.js';
import { resolveIndicatorsAndRegions } from '../../../observations/resolve-selection.js';
import { loadEachBlock } from '../../block-problem.js';

export const liveCharts: QueryResolvers['liveCharts'] = (
  _parent,
  { blocks },
  { prisma, loaders },
) =>
  loadEachBlock(blocks, async (block) => {
    const range = parsePeriodRange(block.from, block.to);
    const { indicators, regions } = await resolveIndicatorsAndRegions(
      loaders,
      [block.indicator],
      block.regions,
    );
    const indicator = indicators[0]!;
    const rows = await findObservationsInRange(
      prisma,
      [indicator.id],
      regions.map((region) => region.id),
      range,
    );
    const series = regions.map((region) => {
      const points = rows.filter((row) => row.regionId === region.id);
      return { indicator, region, points, history: points };
    });
    return { series, problem: null };
  }).then((results) =>
    results.map((result) => ('series' in result ? result : { series: [], ...result })),
  );
