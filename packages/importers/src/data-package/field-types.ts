/** Checks of a cell against its field's Frictionless type; types not listed accept any text. */
const typePatterns: Record<string, RegExp> = {
  number: /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$|^(?:NaN|INF|-INF)$/,
  integer: /^[-+]?\d+$/,
  year: /^-?\d{4}$/,
  yearmonth: /^\d{4}-\d{2}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  boolean: /^(?:true|false|True|False|TRUE|FALSE|yes|no|1|0)$/,
};

const typeNames: Record<string, string> = {
  number: 'a number',
  integer: 'an integer',
  year: 'a year',
  yearmonth: 'a year and month (YYYY-MM)',
  date: 'a date (YYYY-MM-DD)',
  boolean: 'true or false',
};

/** Null when the cell fits the type; otherwise what the type expects, for the message. */
export function typeMismatch(type: string, cell: string): string | null {
  const pattern = typePatterns[type];
  if (!pattern || pattern.test(cell.trim())) return null;
  return typeNames[type] ?? type;
}
