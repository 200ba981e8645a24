export type PeriodType = 'YEAR' | 'MONTH';

export interface ParsedPeriod {
  period: string;
  periodType: PeriodType;
  /** First day of the period as YYYY-MM-DD. */
  periodStart: string;
}

const periodPattern = /^(\d{4})(?:-(\d{2}))?$/;

/** Reads a period written as YYYY (a year) or YYYY-MM (a month); null when it is neither. */
export function parsePeriod(raw: string): ParsedPeriod | null {
  const match = periodPattern.exec(raw);
  if (!match) return null;
  const [, year, month] = match;
  if (year === undefined || Number(year) < 1000) return null;
  if (month === undefined) {
    return { period: raw, periodType: 'YEAR', periodStart: `${year}-01-01` };
  }
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  return { period: raw, periodType: 'MONTH', periodStart: `${year}-${month}-01` };
}
