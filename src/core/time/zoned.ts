import { addDays, type Day, formatterPerZone } from './days.ts';

/**
 * Wall-clock times in a zone, and the instants they fall on, across daylight-saving changes.
 * Pure: the zone rules come from the runtime's Intl data, never from the machine's own zone.
 */

const partsFormatter = formatterPerZone('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The zone's offset from UTC at an instant, in minutes (Paris in winter → 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Minutes since midnight for `HH:MM`. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The instant a local wall-clock time falls on, in a zone. A time skipped by a spring-forward
 * change (02:30 on the night clocks jump from 02:00 to 03:00) happens when the clock reaches it:
 * as many minutes after the jump. A time that happens twice in the autumn is the first of the two.
 *
 * @example instantAt('2026-03-29', '09:00', 'Europe/Paris') → 2026-03-29T07:00:00Z (summer time)
 */
export function instantAt(day: Day, time: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minutesOf(time) * 60_000;
  // Try the offsets in force a day either side: one of them gives back the same wall time.
  const before = offsetMinutes(new Date(wall - 86_400_000), zone);
  const after = offsetMinutes(new Date(wall + 86_400_000), zone);
  for (const offset of [...new Set([Math.max(before, after), Math.min(before, after)])]) {
    const candidate = new Date(wall - offset * 60_000);
    if (offsetMinutes(candidate, zone) === offset) return candidate;
  }
  // In the gap: the wall time does not exist; the clock reaches it shifted by the jump.
  return new Date(wall - Math.min(before, after) * 60_000);
}

/** The local day and minutes since midnight of an instant in a zone. */
export function localTime(instant: Date, zone: string): { day: Day; minutes: number } {
  const local = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60_000);
  return {
    day: local.toISOString().slice(0, 10),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Day of the week of a calendar day, 0 = Sunday. */
export const weekdayOf = (day: Day): number => new Date(`${day}T12:00:00Z`).getUTCDay();

export { addDays };
