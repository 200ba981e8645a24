import type { Resolvers } from '../../generated/graphql.js';
import { Article } from './resolvers/Article.js';
import { GlossaryTerm } from './resolvers/GlossaryTerm.js';
import { Indicator } from './resolvers/Indicator.js';
import { createGlossaryTerm } from './resolvers/Mutation/createGlossaryTerm.js';
import { updateGlossaryTerm } from './resolvers/Mutation/updateGlossaryTerm.js';
import { glossaryTerm } from './resolvers/Query/glossaryTerm.js';
import { glossaryTerms } from './resolvers/Query/glossaryTerms.js';

const resolvers: Resolvers = {
  Query: { glossaryTerms, glossaryTerm },
  Mutation: { createGlossaryTerm, updateGlossaryTerm },
  GlossaryTerm,
  Article,
  Indicator,
};

/** The glossary: its terms, their editing, and the terms that articles and indicators mark. */
export const glossaryModule = { resolvers };
