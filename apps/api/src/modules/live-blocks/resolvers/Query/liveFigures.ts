import type { QueryResolvers } from '../../../../generated/graphql.js';
import {
  findLatestObservations,
  findObservationsInRange,
} from '../../../observations/observation-store.js';
import { parsePeriodArgument, parsePeriodRange } from '../../../observations/period.js';
import { resolveIndicatorsAndRegions } from '../../../observations/resolve-selection.js';
import { loadEachBlock } from '../../block-problem.js';

export const liveFigures: QueryResolvers['liveFigures'] = (
  _parent,
  { blocks },
  { prisma, loaders },
) =>
  loadEachBlock(blocks, async (block) => {
    if (block.period != null) parsePeriodArgument(block.period, 'period');
    const { indicators, regions } = await resolveIndicatorsAndRegions(
      loaders,
      [block.indicator],
      [block.region],
    );
    const pair = [[indicators[0]!.id], [regions[0]!.id]] as const;
    const rows = block.period
      ? (
          await findObservationsInRange(
            prisma,
            ...pair,
            parsePeriodRange(block.period, block.period),
          )
        ).filter((row) => row.period === block.period)
      : await findLatestObservations(prisma, ...pair, { includeProjections: false });
    return { observation: rows[0] ?? null, problem: null };
  });
