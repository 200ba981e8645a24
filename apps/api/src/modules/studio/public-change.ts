import type { PublicChange } from '@atlas/domain';

export type { PublicChange };

/** Told of every committed public change; must not throw (a failed refresh never undoes a change). */
export type PublicChangeListener = (change: PublicChange) => Promise<void>;
