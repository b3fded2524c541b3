import { type Day, dayIn } from './days.ts';

/**
 * What a person records has already happened: these are the one rule for "not in the future",
 * used by every route that takes a day or an instant and by the import.
 *
 * An instant may run up to five minutes ahead of the server's clock (a phone's clock drifts); a
 * day may be today in the person's zone, or (`zone` unknown, as in an import) today anywhere on
 * Earth: still today while the latest clock (UTC+14) shows it.
 */
export const clockSkewMs = 5 * 60_000;
const latestZoneAheadMs = 14 * 3_600_000;

export function instantInFuture(at: Date | string, now: Date): boolean {
  return new Date(at).getTime() > now.getTime() + clockSkewMs;
}

export function dayInFuture(day: Day, now: Date, zone?: string): boolean {
  const today = zone
    ? dayIn(now, zone)
    : new Date(now.getTime() + latestZoneAheadMs).toISOString().slice(0, 10);
  return day > today;
}
