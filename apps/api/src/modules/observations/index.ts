import type { Resolvers } from '../../generated/graphql.js';
import { Observation } from './resolvers/Observation.js';
import { ObservationConnection } from './resolvers/ObservationConnection.js';
import { latest } from './resolvers/Query/latest.js';
import { observations } from './resolvers/Query/observations.js';
import { series } from './resolvers/Query/series.js';

const resolvers: Resolvers = {
  Query: { series, latest, observations },
  Observation,
  ObservationConnection,
};

export const observationsModule = { resolvers };
