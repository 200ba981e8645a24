import type { Resolvers } from '../../generated/graphql.js';
import { Indicator } from './resolvers/Indicator.js';
import { Pillar } from './resolvers/Pillar.js';
import { indicator } from './resolvers/Query/indicator.js';
import { indicators } from './resolvers/Query/indicators.js';
import { pillars } from './resolvers/Query/pillars.js';
import { source } from './resolvers/Query/source.js';
import { sources } from './resolvers/Query/sources.js';
import { Source } from './resolvers/Source.js';

const resolvers: Resolvers = {
  Query: { pillars, indicators, indicator, sources, source },
  Pillar,
  Indicator,
  Source,
};

export const indicatorsModule = { resolvers };
