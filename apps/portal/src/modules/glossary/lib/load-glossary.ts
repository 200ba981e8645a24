import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import { requestApi } from '@/lib/api/client';

const GlossaryQuery = graphql(`
  query Glossary {
    glossaryTerms {
      slug
      term
      definition
      seeAlso {
        slug
        term
      }
      indicator {
        code
        name
      }
    }
  }
`);

/** Every glossary term, alphabetically. */
export async function loadGlossary() {
  const data = await requestApi(GlossaryQuery, {}, { tags: [cacheTags.glossary] });
  return data.glossaryTerms;
}
