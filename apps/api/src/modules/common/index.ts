import type { Resolvers } from '../../generated/graphql.js';
import { DateTime, Date_ } from './resolvers/scalars.js';

const resolvers: Resolvers = { Date: Date_, DateTime };

export const commonModule = { resolvers };
