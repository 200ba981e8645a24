/**
 * The indicator whose values divide others into per-person values; a per-person figure changes
 * when it changes.
 */
export const populationIndicator = 'population';
