const paletteSize = 8;

/** The theme colour of the n-th series; the palette repeats after eight. */
export function seriesColor(index: number): string {
  return `var(--series-${(index % paletteSize) + 1})`;
}
