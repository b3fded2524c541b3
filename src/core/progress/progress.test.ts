import { describe, expect, it } from 'vitest';
import { buildProgressDays, findHardHours, rankTriggers, summarizeProgress } from './progress.ts';

describe('buildProgressDays', () => {
  it('fills every day, marks slips, and counts no contact from its start', () => {
    const days = buildProgressDays(
      '2026-03-01',
      '2026-03-05',
      [
        { day: '2026-03-02', mood: 3, craving: 8, urges: 2 },
        { day: '2026-03-04', slip: true },
      ],
      '2026-03-02',
    );
    expect(days.map((d) => [d.day, d.noContact, d.slip])).toEqual([
      ['2026-03-01', false, false],
      ['2026-03-02', false, false],
      ['2026-03-03', true, false],
      ['2026-03-04', false, true],
      ['2026-03-05', true, false],
    ]);
    expect(days[1]).toMatchObject({ mood: 3, craving: 8, urges: 2 });
    expect(days[0]).toMatchObject({ mood: null, craving: null, urges: 0 });
  });
});

describe('summarizeProgress', () => {
  it('describes mood and cravings over the period in words', () => {
    const agg = Array.from({ length: 21 }, (_, i) => ({
      day: `2026-03-${String(i + 1).padStart(2, '0')}`,
      mood: i < 7 ? 3 : i >= 14 ? 6 : 5,
      craving: i < 7 ? 8 : i >= 14 ? 4 : 6,
    }));
    const days = buildProgressDays('2026-03-01', '2026-03-21', agg, '2026-03-01');
    expect(summarizeProgress(days)).toBe(
      'Mood up from 3 to 6; cravings down by about half; 20 days of no contact over the last 3 weeks.',
    );
  });

  it('counts the first day: one check-in and one urge on the day no contact began', () => {
    const days = buildProgressDays(
      '2026-03-01',
      '2026-03-14',
      [{ day: '2026-03-14', mood: 4, craving: 8, urges: 1 }],
      '2026-03-14',
    );
    expect(summarizeProgress(days)).toBe(
      'One day with a check-in, mood 4; 1 urge ridden out over the last 2 weeks.',
    );
  });

  it('counts urges and slips even before a day of no contact is kept', () => {
    const days = buildProgressDays(
      '2026-03-01',
      '2026-03-03',
      [
        { day: '2026-03-02', craving: 6, urges: 2 },
        { day: '2026-03-03', slip: true },
      ],
      '2026-03-03',
    );
    expect(summarizeProgress(days)).toBe('2 urges ridden out; 1 slip over the last 3 days.');
  });

  it('says so when nothing is logged', () => {
    expect(summarizeProgress(buildProgressDays('2026-03-01', '2026-03-03', [], null))).toBe(
      'Nothing logged in the last 3 days yet.',
    );
    expect(summarizeProgress([])).toBe('Nothing logged yet.');
  });
});

describe('rankTriggers', () => {
  it('puts the most frequent first and leaves out what never happened', () => {
    expect(
      rankTriggers([
        { trigger: 'memory', count: 1 },
        { trigger: 'alcohol', count: 0 },
        { trigger: 'night', count: 3 },
      ]),
    ).toEqual([
      { trigger: 'night', count: 3 },
      { trigger: 'memory', count: 1 },
    ]);
  });
});

describe('findHardHours', () => {
  const hours = (entries: Record<number, number>) => Array.from({ length: 24 }, (_, h) => entries[h] ?? 0);

  it('finds the three hours that hold most urges, across midnight', () => {
    expect(findHardHours(hours({ 22: 2, 23: 1, 0: 2, 15: 2, 9: 1 }))).toEqual({
      from: 22,
      to: 1,
      count: 5,
      total: 8,
    });
  });

  it('starts the window at the first hour with urges', () => {
    expect(findHardHours(hours({ 20: 3 }))).toMatchObject({ from: 20, to: 23 });
  });

  it('says nothing with too few urges, or when no time stands out', () => {
    expect(findHardHours(hours({ 23: 2 }))).toBeNull();
    expect(findHardHours(hours({ 1: 1, 5: 1, 9: 1, 13: 1, 17: 1, 21: 1 }))).toBeNull();
  });
});
