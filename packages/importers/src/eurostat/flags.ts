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
  const trimmed = time.trim();
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const month = /^(\d{4})(?:M|-)(0[1-9]|1[0-2])$/.exec(trimmed);
  return month ? `${month[1]}-${month[2]}` : null;
}
