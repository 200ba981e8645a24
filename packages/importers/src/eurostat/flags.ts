import { isPeriod } from '@atlas/domain';

/** Eurostat's observation flags, as its data browser spells them out. */
const flagWords: Record<string, string> = {
  b: 'break in time series',
  c: 'confidential',
  d: 'definition differs',
  e: 'estimated',
  f: 'forecast',
  n: 'not significant',
  p: 'provisional',
  r: 'revised',
  s: 'Eurostat estimate',
  u: 'low reliability',
  z: 'not applicable',
};

/** The note for a value's flags ("bu" → "Eurostat flags: break in time series, low reliability"), or null. */
export function noteOfFlags(flags: string): string | null {
  const letters = [...flags.trim()];
  if (letters.length === 0) return null;
  return `Eurostat flags: ${letters.map((letter) => flagWords[letter] ?? `"${letter}"`).join(', ')}`;
}

/** Eurostat's periods: `2024` (annual), `2024M03` or `2024-03` (monthly); quarters and halves are not atlas periods. */
export function periodOfEurostat(time: string): string | null {
  // Eurostat writes a month `2024M03`; the atlas writes it `2024-03`.
  const text = time.trim().replace(/^(\d+)M(\d+)$/, '$1-$2');
  return isPeriod(text) ? text : null;
}
