import type { ObservationStatus, PeriodType } from '../generated/prisma/enums.ts';

/** `YYYY` is a year, `YYYY-MM` a month; the period starts on its first day (UTC). */
export function describePeriod(period: string): { periodType: PeriodType; periodStart: Date } {
  const [year, month] = period.split('-').map(Number);
  return {
    periodType: month === undefined ? 'YEAR' : 'MONTH',
    periodStart: new Date(Date.UTC(year ?? Number.NaN, (month ?? 1) - 1, 1)),
  };
}

// prisma/data flags every value published before its period ended in the note.
const FORWARD_LOOKING_NOTE =
  /\b(projections?|projected|forecasts?|guidance|plans?|planned|scenarios?)\b/i;

/** PROJECTION when the note says the value is a projection, forecast, guidance, plan or scenario. */
export function statusFromNote(note: string | null): ObservationStatus {
  return note !== null && FORWARD_LOOKING_NOTE.test(note) ? 'PROJECTION' : 'FINAL';
}
