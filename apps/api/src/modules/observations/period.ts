import { parsePeriod, periodSyntax, type Period } from '@atlas/domain';
import { badUserInput } from '../../errors.js';

/** Reads a period argument; anything else is a BAD_USER_INPUT error naming the argument. */
export function parsePeriodArgument(text: string, argumentName: string): Period {
  const period = parsePeriod(text);
  if (!period) {
    throw badUserInput(
      `${argumentName} must be a period written ${periodSyntax}, got '${text}'`,
      argumentName,
    );
  }
  return period;
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
  if (from != null) range.startFrom = parsePeriodArgument(from, 'from').start;
  if (to != null) range.startTo = parsePeriodArgument(to, 'to').end;
  if (range.startFrom && range.startTo && range.startFrom > range.startTo) {
    throw badUserInput(`from (${from}) must not come after to (${to})`, 'from');
  }
  return range;
}
