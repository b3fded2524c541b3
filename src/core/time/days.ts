/**
 * Calendar days as `YYYY-MM-DD` strings, always paired with the person's IANA time zone.
 * Arithmetic runs on whole days counted from 1970-01-01 in UTC: a calendar day has no time,
 * so daylight-saving changes (23- or 25-hour days) cannot shift a count by one.
 */
export type Day = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** True for a real calendar day (rejects 2026-02-30). */
export function isDay(value: string): boolean {
  const m = dayPattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toEpochDay(day: Day): number {
  const m = dayPattern.exec(day);
  if (!m) throw new RangeError(`Not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / msPerDay;
}

function fromEpochDay(n: number): Day {
  return new Date(n * msPerDay).toISOString().slice(0, 10);
}

/** `addDays('2026-03-01', 13)` → `'2026-03-14'`. */
export const addDays = (day: Day, days: number): Day => fromEpochDay(toEpochDay(day) + days);

/** Whole days from `from` to `to`: `daysBetween('2026-03-01', '2026-03-14')` → 13. */
export const daysBetween = (from: Day, to: Day): number => toEpochDay(to) - toEpochDay(from);

export const maxDay = (a: Day, b: Day): Day => (a >= b ? a : b);

/**
 * One `Intl.DateTimeFormat` per zone for a set of options, made on first use and kept: building
 * one costs far more than formatting with it.
 */
export function formatterPerZone(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (zone: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (zone) => {
    let f = byZone.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
      byZone.set(zone, f);
    }
    return f;
  };
}

// en-CA formats as YYYY-MM-DD.
const dayFormatter = formatterPerZone('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** True for a time zone this runtime knows (`Europe/Paris`, `Pacific/Auckland`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    dayFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's canonical name for a zone, or null if it knows none: `canonicalTimeZone('US/Pacific')`
 * → `'America/Los_Angeles'`. Canonical names are what PostgreSQL is sure to know too; old aliases
 * (`US/Pacific-New`) are not.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!isTimeZone(zone)) return null;
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** The calendar day an instant falls on in a zone: `dayIn(new Date('2026-03-01T11:30:00Z'), 'Pacific/Auckland')` → `'2026-03-02'`. */
export function dayIn(instant: Date, zone: string): Day {
  return dayFormatter(zone).format(instant);
}

/** The local wall-clock time `HH:MM` of an instant in a zone. */
const timeFormatter = formatterPerZone('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function timeIn(instant: Date, zone: string): string {
  return timeFormatter(zone).format(instant);
}
