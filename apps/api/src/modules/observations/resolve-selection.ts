import type { Indicator, Region } from '@atlas/db';
import type { Loaders } from '../../loaders/request-loaders.js';
import { assertAllFound, lookUpCodes } from '../../loaders/resolve-codes.js';

/** The indicators and regions named by codes; any unknown code of either is one NOT_FOUND error. */
export async function resolveIndicatorsAndRegions(
  loaders: Loaders,
  indicatorCodes: readonly string[],
  regionCodes: readonly string[],
): Promise<{ indicators: Indicator[]; regions: Region[] }> {
  const [indicators, regions] = await Promise.all([
    lookUpCodes(loaders.indicators.byCode, indicatorCodes),
    lookUpCodes(loaders.regions.byCode, regionCodes),
  ]);
  assertAllFound({ indicator: indicators, region: regions });
  return { indicators: indicators.rows, regions: regions.rows };
}
