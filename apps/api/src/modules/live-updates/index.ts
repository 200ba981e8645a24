import type { Resolvers } from '../../generated/graphql.js';
import { observationChanged } from './resolvers/Subscription/observationChanged.js';

const resolvers: Resolvers = { Subscription: { observationChanged } };

export const liveUpdatesModule = { resolvers };
