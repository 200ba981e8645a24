import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';

const SearchableQuery = graphql(`
  query Searchable {
    articles(first: 100) {
      slug
      title
      summary
      body
      tags {
        name
      }
    }
    indicators {
      code
      name
      unit
      description
      pillar {
        name
      }
    }
    regions {
      code
      name
      kind
      description
    }
  }
`);

/** Everything the search page searches: published articles, indicators and regions. */
export async function getSearchable() {
  return requestApi(
    SearchableQuery,
    {},
    { tags: [cacheTags.articles, cacheTags.catalogue, cacheTags.regions] },
  );
}
