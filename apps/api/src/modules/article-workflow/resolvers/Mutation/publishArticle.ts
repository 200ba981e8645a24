import type { MutationResolvers } from '../../../../generated/graphql.js';

export const publishArticle: MutationResolvers['publishArticle'] = (
  _parent,
  { id, version },
  { viewer, services },
) => services.articles.publish(viewer, id, version);
