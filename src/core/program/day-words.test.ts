import { describe, expect, it } from 'vitest';
import { daysInWords } from './day-words.ts';
import { rules } from './rules.ts';

describe('days in words', () => {
  it('names a week and a month, and counts other days', () => {
    expect(daysInWords(7)).toBe('a week');
    expect(daysInWords(30, true)).toBe('A month');
    expect(daysInWords(3)).toBe('3 days');
    expect(daysInWords(1, true)).toBe('1 day');
  });

  it('says the rules as their sentences always have', () => {
    expect(daysInWords(rules.checkValidDays)).toBe('3 days');
    expect(daysInWords(rules.slipFreeDays, true)).toBe('A week');
    expect(daysInWords(rules.talkMinDaysSinceFirstOuting)).toBe('a month');
  });
});
