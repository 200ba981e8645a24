import type { Resolvers } from '../../generated/graphql.js';
import { createIndicatorLoaders } from './loaders.js';
import { Indicator } from './resolvers/Indicator.js';
import { Pillar } from './resolvers/Pillar.js';
import { indicator } from './resolvers/Query/indicator.js';
import { indicators } from './resolvers/Query/indicators.js';
import { pillars } from './resolvers/Query/pillars.js';

const resolvers: Resolvers = { Query: { pillars, indicators, indicator }, Pillar, Indicator };

export const indicatorsModule = { resolvers, createLoaders: createIndicatorLoaders };
