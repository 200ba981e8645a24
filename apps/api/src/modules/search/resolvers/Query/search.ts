import type { QueryResolvers } from '../../../../generated/graphql.js';
import { seesUnpublishedArticles } from '../../../articles/visibility.js';
import { searchDocuments, type SearchKind } from '../../search-store.js';

const allKinds: SearchKind[] = ['ARTICLE', 'INDICATOR', 'REGION'];

export const search: QueryResolvers['search'] = (_parent, args, { prisma, viewer }) =>
  searchDocuments(prisma, {
    text: args.query,
    kinds: new Set(args.kinds ?? allKinds),
    first: args.first,
    includeUnpublished: seesUnpublishedArticles(viewer),
  });
