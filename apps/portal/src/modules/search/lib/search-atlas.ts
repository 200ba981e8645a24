import 'server-only';
import { withoutTermMarks } from '@atlas/domain';
import { search } from './match';
import { getSearchable } from './search-documents';

/** The articles, indicators and regions that match a query, best first; nothing for an empty query. */
export async function searchAtlas(query: string) {
  const data = query ? await getSearchable() : null;
  const articles = data
    ? search(data.articles, query, (article) => [
        article.title,
        article.summary,
        article.tags.map((tag) => tag.name).join(' '),
        article.body,
      ])
    : [];
  const indicators = data
    ? search(data.indicators, query, (indicator) => [
        indicator.name,
        indicator.code,
        withoutTermMarks(indicator.description),
        indicator.pillar.name,
      ])
    : [];
  const regions = data
    ? search(data.regions, query, (region) => [region.name, region.code, region.description ?? ''])
    : [];
  return { articles, indicators, regions };
}
