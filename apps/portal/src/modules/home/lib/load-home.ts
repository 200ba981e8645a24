import 'server-only';
import { getIndicator, listPillars } from '@/lib/api/catalogue';
import { getComputingPowerIndex } from '@/lib/api/computing-power-index';
import { getLatest, getRanking } from '@/lib/api/observations';
import { listArticles } from '@/modules/article/lib/articles';
import { loadMapData } from '@/modules/indicator/lib/load-map';
import { getGrowth } from './growth';
import { headlineIndicators, leadersIndicator, mappableIndicators, yearBefore } from './headlines';

/**
 * Everything the home page shows: the world's headline figures with their growth, the map of
 * the chosen indicator (the first mappable one unless the reader picked another), the leaders,
 * the top of the index and the latest articles.
 */
export async function loadHome(requestedMap: string | string[] | undefined) {
  const mapCode = mappableIndicators.find((code) => code === requestedMap) ?? mappableIndicators[0];
  const [headlines, leaders, index, articles, mapIndicator, pillars] = await Promise.all([
    getLatest(
      headlineIndicators.map((item) => item.code),
      ['WLD'],
    ),
    getRanking(leadersIndicator, { limit: 8 }),
    getComputingPowerIndex({ limit: 8 }),
    listArticles(6),
    getIndicator(mapCode),
    listPillars(),
  ]);
  const figures = headlineIndicators.flatMap((item) => {
    const figure = headlines.find((candidate) => candidate.indicator.code === item.code);
    return figure ? [{ item, figure }] : [];
  });
  const [growths, map] = await Promise.all([
    Promise.all(
      figures.map(({ item, figure }) =>
        item.yearOnYear
          ? getGrowth(item.code, 'WLD', yearBefore(figure.period), figure.period)
          : null,
      ),
    ),
    mapIndicator ? loadMapData(mapIndicator, undefined, 'absolute') : null,
  ]);
  const indicatorNames = new Map(
    pillars.flatMap((pillar) =>
      pillar.indicators.map((indicator) => [indicator.code, indicator.name]),
    ),
  );

  return {
    figures: figures.map((entry, position) => {
      const growth = growths[position];
      return {
        ...entry,
        growth:
          growth?.relativeChange != null && growth.start
            ? { relativeChange: growth.relativeChange, since: growth.start.period }
            : null,
      };
    }),
    map,
    mapIndicator,
    leaders,
    index,
    articles,
    indicatorNames,
  };
}
