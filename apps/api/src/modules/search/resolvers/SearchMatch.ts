import type { SearchMatchResolvers } from '../../../generated/graphql.js';

export const SearchMatch: SearchMatchResolvers = {
  // Only articles have a slug and only indicators a unit.
  __resolveType: (match) =>
    'slug' in match ? 'Article' : 'unit' in match ? 'Indicator' : 'Region',
};
