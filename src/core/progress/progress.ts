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
 * check-in or urge is named ("one check-in, mood 4"), never "nothing logged".
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
  } else if (moods.length === 1) parts.push(`one check-in, mood ${round(moods[0]!)}`);
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
