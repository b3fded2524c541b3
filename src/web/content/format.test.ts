import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatInstant, localTimeNow, localToday } from './format.ts';

describe('dates as people read them', () => {
  afterEach(() => vi.useRealTimers());

  it('writes a day without the year in the current year, with it otherwise', () => {
    expect(formatDay('2026-03-12', '2026-11-27')).toBe('12 March');
    expect(formatDay('2027-01-05', '2026-12-30')).toBe('5 January 2027');
    expect(formatDay('2026-12-31')).toBe('31 December');
  });

  it('reads the clock in the browser zone, with two-digit hours and minutes', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 4, 7, 5)); // 4 January 2026, 07:05 local time
    expect(localToday()).toBe('2026-01-04');
    expect(localTimeNow()).toBe('07:05');
    expect(formatInstant(new Date(2026, 8, 9, 23, 40).toISOString())).toBe('9 September, 23:40');
  });
});
