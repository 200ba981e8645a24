import { EventEmitter, on } from 'node:events';
import type { ObservationChangeMessage } from '../../../../changes/change-bus.js';
import type { SubscriptionResolvers } from '../../../../generated/graphql.js';
import { assertAllFound, lookUpCodes } from '../../../../loaders/resolve-codes.js';

/** The changes of interest, one by one, until the subscriber leaves. */
async function* changesMatching(
  subscribe: (listener: (change: ObservationChangeMessage) => void) => () => void,
  matches: (change: ObservationChangeMessage) => boolean,
): AsyncGenerator<ObservationChangeMessage> {
  const queue = new EventEmitter();
  const unsubscribe = subscribe((change) => {
    if (matches(change)) queue.emit('change', change);
  });
  try {
    for await (const [change] of on(queue, 'change')) yield change as ObservationChangeMessage;
  } finally {
    unsubscribe();
  }
}

export const observationChanged: SubscriptionResolvers['observationChanged'] = {
  subscribe: async (_parent, args, { loaders, changes }) => {
    const [indicators, regions] = await Promise.all([
      args.indicators ? lookUpCodes(loaders.indicators.byCode, args.indicators) : null,
      args.regions ? lookUpCodes(loaders.regions.byCode, args.regions) : null,
    ]);
    assertAllFound({
      ...(indicators && { indicator: indicators }),
      ...(regions && { region: regions }),
    });
    const indicatorIds = indicators && new Set(indicators.rows.map((row) => row.id));
    const regionIds = regions && new Set(regions.rows.map((row) => row.id));
    return changesMatching(
      (listener) => changes.subscribe((message) => message.observations.forEach(listener)),
      ({ observation }) =>
        (!indicatorIds || indicatorIds.has(observation.indicatorId)) &&
        (!regionIds || regionIds.has(observation.regionId)),
    );
  },
  resolve: (change: ObservationChangeMessage) => change,
};
