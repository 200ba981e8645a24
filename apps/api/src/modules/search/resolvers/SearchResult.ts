import type { SearchResultResolvers } from '../../../generated/graphql.js';
import { loadExisting } from '../../../loaders/load-existing.js';

export const SearchResult: SearchResultResolvers = {
  match: (hit, _args, { loaders }) => {
    switch (hit.kind) {
      case 'ARTICLE':
        return loadExisting(loaders.articles.byId, hit.id, 'article');
      case 'INDICATOR':
        return loadExisting(loaders.indicators.byId, hit.id, 'indicator');
      case 'REGION':
        return loadExisting(loaders.regions.byId, hit.id, 'region');
    }
  },
};
