import { describe, expect, it } from 'vitest';
import { dayRangeQuery } from './fields.ts';
import { progressDays } from './limits.ts';

describe('a range of days ending today (?days=)', () => {
  const schema = dayRangeQuery(progressDays);

  it('reads the number from the query string, and the default when left out', () => {
    expect(schema.parse({ days: '14' })).toEqual({ days: 14 });
    expect(schema.parse({})).toEqual({ days: progressDays.default });
  });

  it('takes its bounds, and refuses what is outside them or not a whole number', () => {
    expect(schema.safeParse({ days: String(progressDays.min) }).success).toBe(true);
    expect(schema.safeParse({ days: String(progressDays.max) }).success).toBe(true);
    for (const days of [String(progressDays.min - 1), String(progressDays.max + 1), '7.5', 'week'])
      expect(schema.safeParse({ days }).success).toBe(false);
  });
});
