import type { ActivityCategory } from '../program/facts.ts';
import { activityCategories } from '../program/facts.ts';
import { addDays, type Day, daysBetween } from '../time/days.ts';

export type Week = { start: Day; counts: Record<ActivityCategory, number>; total: number };

/** A gentle weekly goal: a few things for yourself, not a streak to break. */
export const weeklyGoal = 3;

const emptyCounts = () =>
  Object.fromEntries(activityCategories.map((c) => [c, 0])) as Record<ActivityCategory, number>;

/** The last `weeks` weeks ending today (each week = 7 days ending on a multiple of 7 from today), oldest first. */
export function activityWeeks(
  activities: readonly { category: ActivityCategory; on: Day }[],
  today: Day,
  weeks = 8,
): Week[] {
  const result: Week[] = Array.from({ length: weeks }, (_, i) => ({
    start: addDays(today, -7 * (weeks - i) + 1),
    counts: emptyCounts(),
    total: 0,
  }));
  for (const a of activities) {
    const back = daysBetween(a.on, today);
    if (back < 0 || back >= weeks * 7) continue;
    const week = result[weeks - 1 - Math.floor(back / 7)]!;
    week.counts[a.category] += 1;
    week.total += 1;
  }
  return result;
}

const names: Record<ActivityCategory, string> = {
  move: 'moving',
  look: 'looking after how you look',
  care: 'rest and care',
  talk: 'talking to people',
  grow: 'learning and growing',
  social: 'time with others',
};

/** "9 things for yourself in 8 weeks, most of them moving; 2 this week (goal 3)." */
export function summarizeWeeks(weeks: readonly Week[]): string {
  const total = weeks.reduce((n, w) => n + w.total, 0);
  const thisWeek = weeks.at(-1)?.total ?? 0;
  if (total === 0)
    return `Nothing logged yet in the last ${weeks.length} weeks. One small thing is a good start.`;
  const byCategory = activityCategories.map((c) => [c, weeks.reduce((n, w) => n + w.counts[c], 0)] as const);
  const [top] = [...byCategory].sort((x, y) => y[1] - x[1]);
  return `${total} thing${total === 1 ? '' : 's'} for yourself in ${weeks.length} weeks, most of them ${names[top![0]]}; ${thisWeek} this week (goal ${weeklyGoal}).`;
}

/** Suggestions in our own words, a different few each week. */
export const suggestions: Record<ActivityCategory, string[]> = {
  move: [
    'A brisk walk without your phone',
    'A class you have never tried',
    'Stretch for ten minutes before bed',
    'A swim, a run, or a dance in the kitchen',
  ],
  look: [
    'A haircut you have been putting off',
    'Clear out one drawer of clothes',
    'Dress up a little for no one but you',
  ],
  care: [
    'An early night, screens off',
    'Cook yourself a proper meal',
    'A long bath or shower with music',
    'A morning with nothing planned',
  ],
  talk: [
    'Call a friend you have not spoken to in a while',
    'Tell someone you trust how you really are',
    'Book a session with a counsellor',
  ],
  grow: [
    'Start a book you have meant to read',
    'Ten minutes of a new language',
    'Sign up for a course or workshop',
    'Pick up an old hobby',
  ],
  social: [
    'Say yes to one invitation',
    'Plan a meal with friends',
    'Join a group around something you enjoy',
  ],
};

/** Three suggestions from different categories, rotating with the week of the year. */
export function suggestionsFor(today: Day): { category: ActivityCategory; text: string }[] {
  const week = Math.floor(daysBetween('2026-01-05', today) / 7);
  return [0, 1, 2].map((i) => {
    const category = activityCategories[(((week * 3 + i) % 6) + 6) % 6]!;
    const list = suggestions[category];
    return { category, text: list[(((week + i) % list.length) + list.length) % list.length]! };
  });
}
