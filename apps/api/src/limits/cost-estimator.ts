import { getNamedType, getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Assumed lengths of lists whose length no argument states, from what the data holds: the number
 * of periods of a typical indicator, of pillars, of indicators in a pillar, of regions.
 */
const assumedLengths: Record<string, number> = {
  'Series.points': 30,
  'Series.yearOnYear': 30,
  'Indicator.periods': 30,
  'Observation.computedFrom': 30,
  'Query.pillars': 10,
  'Pillar.indicators': 20,
  'Indicator.sources': 10,
  'Query.regions': 300,
  'Indicator.regions': 300,
  'Region.children': 300,
  'Region.members': 50,
  'Region.aggregates': 10,
  'Ranking.missing': 300,
  'Indicator.measuredRegions': 300,
  'IndicatorChart.series': 12,
  'IndicatorMap.periods': 30,
  'IndicatorMap.entries': 300,
  'LiveChart.series': 12,
};
const defaultListLength = 50;

function argumentLength(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number') return value;
  return undefined;
}

/** How many items a list field returns at most, from its arguments or the assumptions above. */
function expectedLength(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
) {
  const first =
    argumentLength(args.first) ?? argumentLength(args.limit) ?? argumentLength(args.blocks);
  if (first !== undefined) return first;
  // Fields taking lists of indicators and regions return one item per combination.
  const indicators = argumentLength(args.indicators);
  const regions = argumentLength(args.regions);
  if (indicators !== undefined || regions !== undefined) return (indicators ?? 1) * (regions ?? 1);
  return assumedLengths[`${parentType}.${field.name}`] ?? defaultListLength;
}

/**
 * Cost = 1 for every field, plus the cost of what is selected below it, multiplied by the
 * number of items for list fields. So `series(indicators: 5 codes, regions: 50 codes)` with
 * `points { value }` costs about 250 × (1 + 30 × 2). Introspection costs nothing.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) return 0;
  const own = 1 + childComplexity;
  return isListType(getNullableType(field.type))
    ? own * expectedLength(type.name, field, args)
    : own;
};
