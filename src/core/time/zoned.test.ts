import { describe, expect, it } from 'vitest';
import { instantAt, localTime, offsetMinutes } from './zoned.ts';

describe('wall-clock times in a zone', () => {
  it('finds the instant of a local time in winter and in summer', () => {
    expect(instantAt('2026-01-15', '09:00', 'Europe/Paris').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(instantAt('2026-07-15', '09:00', 'Europe/Paris').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(instantAt('2026-07-15', '20:30', 'America/New_York').toISOString()).toBe(
      '2026-07-16T00:30:00.000Z',
    );
    expect(instantAt('2026-03-01', '00:00', 'Pacific/Auckland').toISOString()).toBe(
      '2026-02-28T11:00:00.000Z',
    );
  });

  it('keeps the local time on the days the clocks change', () => {
    // Europe: clocks go forward at 02:00 on 2026-03-29 and back at 03:00 on 2026-10-25.
    expect(instantAt('2026-03-29', '09:00', 'Europe/Paris').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(instantAt('2026-10-25', '09:00', 'Europe/Paris').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    // 02:30 does not exist that spring night: it happens when the clock reaches it, at 03:30.
    expect(instantAt('2026-03-29', '02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice that autumn night: the first one.
    expect(instantAt('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads the local day and time of an instant', () => {
    expect(localTime(new Date('2026-03-01T11:30:00Z'), 'Pacific/Auckland')).toEqual({
      day: '2026-03-02',
      minutes: 30,
    });
    expect(localTime(new Date('2026-07-15T23:59:00Z'), 'UTC')).toEqual({ day: '2026-07-15', minutes: 1439 });
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});
