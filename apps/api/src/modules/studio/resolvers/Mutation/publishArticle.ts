import type { MutationResolvers } from '../../../../generated/graphql.js';

export const publishArticle: MutationResolvers['publishArticle'] = (
  _parent,
  { id, version },
  { viewer, editorial },
) => editorial.articles.publish(viewer, id, version);
