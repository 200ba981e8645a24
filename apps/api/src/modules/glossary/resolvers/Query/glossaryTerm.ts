import type { QueryResolvers } from '../../../../generated/graphql.js';
import { doesNotExist } from '../../../common/request-errors.js';

export const glossaryTerm: QueryResolvers['glossaryTerm'] = async (
  _parent,
  { slug },
  { loaders },
) => {
  const term = await loaders.glossary.bySlug.load(slug);
  if (!term) throw doesNotExist(`Glossary term ${slug}`);
  return term;
};
