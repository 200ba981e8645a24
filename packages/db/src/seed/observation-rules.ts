import type { ObservationStatus } from '../generated/prisma/enums.ts';

// prisma/data flags every value published before its period ended in the note.
const FORWARD_LOOKING_NOTE =
  /\b(projections?|projected|forecasts?|guidance|plans?|planned|scenarios?)\b/i;

/** PROJECTION when the note says the value is a projection, forecast, guidance, plan or scenario. */
export function statusFromNote(note: string | null): ObservationStatus {
  return note !== null && FORWARD_LOOKING_NOTE.test(note) ? 'PROJECTION' : 'FINAL';
}
