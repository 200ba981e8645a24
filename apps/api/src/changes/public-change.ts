/** What changed on the public site, so the portal can refresh exactly those pages. */
export interface PublicChange {
  /** Slugs of articles whose public page appeared, changed or disappeared. */
  articles?: string[];
  /** Codes of indicators whose observations or description changed. */
  indicators?: string[];
  /** True when the list of pillars and indicators changed. */
  catalogue?: boolean;
  /** True when region names or descriptions changed. */
  regions?: boolean;
}

/** Told of every committed public change; must not throw (a failed refresh never undoes a change). */
export type PublicChangeListener = (change: PublicChange) => Promise<void>;
