import { addDays, type Day, daysBetween } from '../time/days.ts';

export type DayAggregate = { day: Day; mood?: number; craving?: number; urges?: number; slip?: boolean };
export type ProgressDay = {
  day: Day;
  mood: number | null;
  craving: number | null;
  urges: number;
  slip: boolean;
  noContact: boolean;
};

/**
 * One entry per calendar day from `from` to `to`, filled from per-day aggregates. A day counts
 * as kept when it is after the last contact that began no contact (`noContactFrom`, itself a day
 * with contact) and holds no slip.
 */
export function buildProgressDays(
  from: Day,
  to: Day,
  aggregates: readonly DayAggregate[],
  noContactFrom: Day | null,
): ProgressDay[] {
  const byDay = new Map<Day, DayAggregate>();
  for (const a of aggregates) byDay.set(a.day, { ...byDay.get(a.day), ...a });
  const days: ProgressDay[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) {
    const day = addDays(from, i);
    const a = byDay.get(day);
    const slip = a?.slip ?? false;
    days.push({
      day,
      mood: a?.mood ?? null,
      craving: a?.craving ?? null,
      urges: a?.urges ?? 0,
      slip,
      noContact: noContactFrom !== null && day > noContactFrom && !slip,
    });
  }
  return days;
}

function average(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Averages of the first and last week that have values (a week = 7 entries). */
function ends(values: (number | null)[]) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const size = Math.max(1, Math.min(7, Math.floor(present.length / 2)));
  return { first: average(present.slice(0, size))!, last: average(present.slice(-size))! };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The chart in one sentence, for screen readers and for anyone who prefers words:
 * "Mood up from 3 to 6 over 3 weeks; cravings down by half." The first days count too: a single
 * check-in or urge is named ("one day with a check-in, mood 4": a day holds the mean of its
 * check-ins, so two on one day are still one day), never "nothing logged".
 */
export function summarizeProgress(days: readonly ProgressDay[]): string {
  if (days.length === 0) return 'Nothing logged yet.';
  const span = days.length >= 14 ? `${Math.round(days.length / 7)} weeks` : `${days.length} days`;
  const parts: string[] = [];
  const moods = days.map((d) => d.mood).filter((v): v is number => v !== null);
  const mood = ends(moods);
  if (mood) {
    const [a, b] = [round(mood.first), round(mood.last)];
    parts.push(a === b ? `mood steady around ${a}` : `mood ${b > a ? 'up' : 'down'} from ${a} to ${b}`);
  } else if (moods.length === 1) parts.push(`one day with a check-in, mood ${round(moods[0]!)}`);
  const craving = ends(days.map((d) => d.craving));
  if (craving) {
    const ratio = craving.first === 0 ? 1 : craving.last / craving.first;
    if (ratio <= 0.55)
      parts.push(ratio <= 0.3 ? 'cravings down by more than two thirds' : 'cravings down by about half');
    else if (ratio < 0.9) parts.push('cravings a little lower');
    else if (ratio > 1.1) parts.push('cravings higher lately');
    else parts.push('cravings about the same');
  }
  const urges = days.reduce((n, d) => n + d.urges, 0);
  if (urges > 0) parts.push(`${plural(urges, 'urge')} ridden out`);
  const slips = days.filter((d) => d.slip).length;
  const kept = days.filter((d) => d.noContact).length;
  if (kept > 0)
    parts.push(`${plural(kept, 'day')} of no contact${slips ? `, ${plural(slips, 'slip')}` : ''}`);
  else if (slips > 0) parts.push(plural(slips, 'slip'));
  if (parts.length === 0) return `Nothing logged in the last ${span} yet.`;
  const sentence = `${parts.join('; ')} over the last ${span}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export type TriggerCount<T extends string = string> = { trigger: T; count: number };

/**
 * What set the urges off, most often first (ties keep the order given), with no empty rows.
 *
 * @example rankTriggers([{ trigger: 'memory', count: 1 }, { trigger: 'night', count: 3 }]) → night, memory
 */
export function rankTriggers<T extends string>(counts: readonly TriggerCount<T>[]): TriggerCount<T>[] {
  return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
}

/** The window of the day (in hours) that holds the most urges, and how many of them. */
export type HardHours = { from: number; to: number; count: number; total: number };

/** Fewer urges than this, and no time of day can stand out yet. */
export const hardHoursMinUrges = 3;

/**
 * The hardest hours, from urges counted by the hour of the day they came (24 numbers, local
 * time): the three-hour window, wrapping past midnight, that holds the most, once there are at
 * least `hardHoursMinUrges` and that window holds at least half of them. Null when no time stands out.
 *
 * @example 5 of 8 urges between 22:00 and 01:00 → { from: 22, to: 1, count: 5, total: 8 }
 */
export function findHardHours(byHour: readonly number[]): HardHours | null {
  const total = byHour.reduce((n, c) => n + c, 0);
  if (total < hardHoursMinUrges) return null;
  const width = 3;
  let best = { from: 0, count: -1 };
  for (let from = 0; from < 24; from++) {
    let count = 0;
    for (let i = 0; i < width; i++) count += byHour[(from + i) % 24] ?? 0;
    // Among equal windows, one that starts at an hour with urges: "20:00 to 23:00", not "18:00 to 21:00".
    const tighter = count === best.count && (byHour[from] ?? 0) > 0 && (byHour[best.from] ?? 0) === 0;
    if (count > best.count || tighter) best = { from, count };
  }
  if (best.count * 2 < total) return null;
  return { from: best.from, to: (best.from + width) % 24, count: best.count, total };
}
