import type { DomainErrorCode } from '../errors.ts';
import { type Day, dayIn } from '../time/days.ts';

type DatesProblem = Extract<
  DomainErrorCode,
  'ended_in_future' | 'last_contact_in_future' | 'ended_too_long_ago' | 'last_contact_before_ending'
>;

/**
 * Onboarding dates must make sense in the person's own zone: nothing in the future, and the
 * last contact not before the ending (the ending itself was contact). Returns what is wrong, as a
 * code, or null when the dates are fine.
 *
 * @example checkProgramDates({ endedOn: '2026-03-02', lastContactOn: '2026-03-01', timeZone: 'UTC' }, now) → 'last_contact_before_ending'
 */
export function checkProgramDates(
  input: { endedOn: Day; lastContactOn: Day; timeZone: string },
  now: Date,
): DatesProblem | null {
  const today = dayIn(now, input.timeZone);
  if (input.endedOn > today) return 'ended_in_future';
  if (input.lastContactOn > today) return 'last_contact_in_future';
  if (input.endedOn < '1950-01-01') return 'ended_too_long_ago';
  if (input.lastContactOn < input.endedOn) return 'last_contact_before_ending';
  return null;
}
