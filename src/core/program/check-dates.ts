import { type Day, dayIn } from '../time/days.ts';

/**
 * Onboarding dates must make sense in the person's own zone: nothing in the future, and the
 * last contact not before the ending (the ending itself was contact). Returns a message for the
 * person, or null when the dates are fine.
 *
 * @example checkProgramDates({ endedOn: '2026-03-02', lastContactOn: '2026-03-01', timeZone: 'UTC' }, now) → 'The last contact…'
 */
export function checkProgramDates(
  input: { endedOn: Day; lastContactOn: Day; timeZone: string },
  now: Date,
): string | null {
  const today = dayIn(now, input.timeZone);
  if (input.endedOn > today) return 'The day it ended is in the future. Choose today or an earlier day.';
  if (input.lastContactOn > today)
    return 'The last contact is in the future. Choose today or an earlier day.';
  if (input.endedOn < '1950-01-01') return 'The day it ended is too long ago. Check the year.';
  if (input.lastContactOn < input.endedOn) {
    return 'The last contact is before the day it ended. The ending itself counts as contact, so choose that day or later.';
  }
  return null;
}
