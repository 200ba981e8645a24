import { badUserInput } from '../../errors.js';

export interface Period {
  type: 'YEAR' | 'MONTH';
  /** First day of the period (UTC). */
  start: Date;
  /** Last day of the period (UTC). */
  end: Date;
}

const periodPattern = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** Parses `YYYY` or `YYYY-MM`; anything else is a BAD_USER_INPUT error naming the argument. */
export function parsePeriod(text: string, argumentName: string): Period {
  const match = periodPattern.exec(text);
  if (!match) {
    throw badUserInput(
      `${argumentName} must be a period written YYYY or YYYY-MM, got '${text}'`,
      argumentName,
    );
  }
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return {
      type: 'YEAR',
      start: new Date(Date.UTC(year, 0, 1)),
      end: new Date(Date.UTC(year, 11, 31)),
    };
  }
  const month = Number(match[2]) - 1;
  return {
    type: 'MONTH',
    start: new Date(Date.UTC(year, month, 1)),
    end: new Date(Date.UTC(year, month + 1, 0)),
  };
}

export interface PeriodRange {
  /** Periods starting on or after this day. */
  startFrom?: Date;
  /** Periods starting on or before this day. */
  startTo?: Date;
}

/** The range of period starts selected by optional `from` and `to` periods. */
export function parsePeriodRange(from?: string | null, to?: string | null): PeriodRange {
  const range: PeriodRange = {};
  if (from != null) range.startFrom = parsePeriod(from, 'from').start;
  if (to != null) range.startTo = parsePeriod(to, 'to').end;
  if (range.startFrom && range.startTo && range.startFrom > range.startTo) {
    throw badUserInput(`from (${from}) must not come after to (${to})`, 'from');
  }
  return range;
}
