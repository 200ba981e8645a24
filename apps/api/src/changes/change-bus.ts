import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { StoredColumns } from '../modules/observations/observation-row.js';

/** An observation that an import or an edit added or changed. */
export interface ObservationChangeMessage {
  kind: 'ADDED' | 'CHANGED';
  observation: StoredColumns;
}

/**
 * Something the public can see changed. `observations` lists the observations that were added or
 * changed; it is empty when only other data changed (articles, metadata).
 */
export interface ChangeMessage {
  observations: ObservationChangeMessage[];
}

export type ChangeListener = (message: ChangeMessage) => void;

/** Carries change messages to every API process: within this one, or through Redis to all replicas. */
export interface ChangeBus {
  publish(message: ChangeMessage): Promise<void>;
  /** Returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

export function createInProcessChangeBus(): ChangeBus {
  const emitter = new EventEmitter();
  // Every open subscription listens; there is no fixed bound on them.
  emitter.setMaxListeners(0);
  return {
    async publish(message) {
      emitter.emit('change', message);
    },
    subscribe(listener) {
      emitter.on('change', listener);
      return () => emitter.off('change', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

const channel = 'atlas:changes';

/** Dates travel as ISO strings in JSON; the receiver turns them back into dates. */
function reviveMessage(text: string): ChangeMessage {
  const message = JSON.parse(text) as ChangeMessage;
  for (const change of message.observations) {
    change.observation.periodStart = new Date(change.observation.periodStart);
  }
  return message;
}

/**
 * Publishes to a Redis channel that every replica subscribes to, so each one hears every change,
 * its own included. A subscribing Redis connection can do nothing else, hence the duplicate.
 */
export async function createRedisChangeBus(publisher: Redis): Promise<ChangeBus> {
  const subscriber = publisher.duplicate();
  const local = createInProcessChangeBus();
  subscriber.on('message', (from: string, text: string) => {
    if (from === channel) void local.publish(reviveMessage(text));
  });
  await subscriber.subscribe(channel);
  return {
    async publish(message) {
      await publisher.publish(channel, JSON.stringify(message));
    },
    subscribe: local.subscribe,
    async close() {
      await local.close();
      subscriber.disconnect();
    },
  };
}
