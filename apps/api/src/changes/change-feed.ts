import { observationColumns, type PrismaClient } from '@atlas/db';
import type { PublicChange, PublicChangeListener } from './public-change.js';
import type { ChangeBus } from './change-bus.js';

/**
 * Turns the public changes that imports and edits report into change messages on the bus: the
 * observations of the changed indicators written since the last look, each marked added or
 * changed. Runs in the process that made the change; the bus takes it to every replica.
 */
export function createChangeFeed(prisma: PrismaClient, bus: ChangeBus): PublicChangeListener {
  let seenUntil = new Date();
  return async (change: PublicChange) => {
    const since = seenUntil;
    const rows =
      change.indicators && change.indicators.length > 0
        ? await prisma.observation.findMany({
            where: { indicator: { code: { in: change.indicators } }, updatedAt: { gt: since } },
            select: { ...observationColumns, createdAt: true, updatedAt: true },
            orderBy: { updatedAt: 'asc' },
          })
        : [];
    const last = rows.at(-1);
    if (last && last.updatedAt > seenUntil) seenUntil = last.updatedAt;
    await bus.publish({
      observations: rows.map(({ createdAt, updatedAt: _updatedAt, ...observation }) => ({
        kind: createdAt > since ? 'ADDED' : 'CHANGED',
        observation,
      })),
    });
  };
}
