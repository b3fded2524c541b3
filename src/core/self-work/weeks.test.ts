import { describe, expect, it } from 'vitest';
import { activityWeeks, suggestionsFor, summarizeWeeks } from './weeks.ts';

describe('activityWeeks', () => {
  it('buckets activities into the last 8 weeks ending today', () => {
    const weeks = activityWeeks(
      [
        { category: 'move', on: '2026-03-28' },
        { category: 'move', on: '2026-03-22' },
        { category: 'talk', on: '2026-03-21' },
        { category: 'grow', on: '2026-01-01' }, // older than 8 weeks
      ],
      '2026-03-28',
    );
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toMatchObject({ start: '2026-03-22', total: 2 });
    expect(weeks.at(-2)).toMatchObject({ start: '2026-03-15', total: 1 });
    expect(weeks.at(-2)?.counts.talk).toBe(1);
    expect(summarizeWeeks(weeks)).toBe(
      '3 things for yourself in 8 weeks, most of them moving; 2 this week (goal 3).',
    );
  });

  it('encourages a first step when nothing is logged, and suggests three different kinds of thing', () => {
    expect(summarizeWeeks(activityWeeks([], '2026-03-28'))).toMatch(/^Nothing logged yet/);
    const picked = suggestionsFor('2026-03-28');
    expect(new Set(picked.map((s) => s.category)).size).toBe(3);
  });
});
