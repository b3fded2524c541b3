import { describe, expect, it } from 'vitest';
import { dayInFuture, instantInFuture } from './future.ts';

const now = new Date('2026-12-02T10:00:00Z');

describe('not in the future', () => {
  it('lets an instant run five minutes ahead of the clock, no more', () => {
    expect(instantInFuture('2026-12-02T10:05:00Z', now)).toBe(false);
    expect(instantInFuture(new Date('2026-12-02T10:05:01Z'), now)).toBe(true);
    expect(instantInFuture('2026-12-01T23:00:00Z', now)).toBe(false);
  });

  it("takes the day in the person's own zone", () => {
    // 12:00 UTC is already 01:00 on 2026-12-03 in Auckland (UTC+13) and 04:00 on 12-02 in Los Angeles.
    const noon = new Date('2026-12-02T12:00:00Z');
    expect(dayInFuture('2026-12-03', noon, 'Pacific/Auckland')).toBe(false);
    expect(dayInFuture('2026-12-03', noon, 'America/Los_Angeles')).toBe(true);
    expect(dayInFuture('2026-12-02', noon, 'America/Los_Angeles')).toBe(false);
  });

  it('without a zone, allows what is today anywhere on Earth', () => {
    expect(dayInFuture('2026-12-03', now)).toBe(false); // UTC+14 reads 2026-12-03 00:00
    expect(dayInFuture('2026-12-04', now)).toBe(true);
  });
});
