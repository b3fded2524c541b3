import { describe, expect, it } from 'vitest';
import { addDays, canonicalTimeZone, dayIn, daysBetween, isDay, isTimeZone } from './days.ts';

describe('days', () => {
  it('validates real calendar days only', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('yesterday')).toBe(false);
  });

  it('adds and counts whole days across month, year and DST boundaries', () => {
    expect(addDays('2026-01-30', 2)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    // Europe's clocks go forward on 2026-03-29: still one calendar day.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-14', '2026-03-01')).toBe(-13);
  });

  it('finds the local day of an instant in far-apart zones', () => {
    const instant = new Date('2026-03-01T11:30:00Z');
    expect(dayIn(instant, 'Pacific/Auckland')).toBe('2026-03-02'); // UTC+13 in March
    expect(dayIn(instant, 'Pacific/Honolulu')).toBe('2026-03-01'); // UTC−10
    expect(dayIn(new Date('2026-03-01T09:59:00Z'), 'Pacific/Honolulu')).toBe('2026-02-28');
  });

  it('knows real time zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('names a zone canonically, so an alias PostgreSQL dropped is stored as the zone it meant', () => {
    expect(canonicalTimeZone('US/Pacific-New')).toBe('America/Los_Angeles');
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Base')).toBeNull();
  });
});
