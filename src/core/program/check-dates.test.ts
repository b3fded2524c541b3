import { describe, expect, it } from 'vitest';
import { checkProgramDates } from './check-dates.ts';

const now = new Date('2026-03-10T23:30:00Z');

describe('checkProgramDates', () => {
  it('accepts past and same-day dates in order', () => {
    expect(
      checkProgramDates({ endedOn: '2026-03-01', lastContactOn: '2026-03-10', timeZone: 'UTC' }, now),
    ).toBeNull();
  });

  it('judges "the future" in the person zone: 11 March is already today in Auckland', () => {
    const input = { endedOn: '2026-03-01', lastContactOn: '2026-03-11' };
    expect(checkProgramDates({ ...input, timeZone: 'Pacific/Auckland' }, now)).toBeNull();
    expect(checkProgramDates({ ...input, timeZone: 'America/New_York' }, now)).toBe('last_contact_in_future');
  });

  it('refuses a last contact before the ending, and an ending in the future', () => {
    expect(
      checkProgramDates({ endedOn: '2026-03-05', lastContactOn: '2026-03-04', timeZone: 'UTC' }, now),
    ).toBe('last_contact_before_ending');
    expect(
      checkProgramDates({ endedOn: '2026-03-12', lastContactOn: '2026-03-12', timeZone: 'UTC' }, now),
    ).toBe('ended_in_future');
  });
});
