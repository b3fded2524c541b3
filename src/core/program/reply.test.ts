import { describe, expect, it } from 'vitest';
import { canRecordOutcome } from './reply.ts';

const sent = (today: string) => ({
  today,
  firstContact: { sentOn: '2026-04-01', windowEndsOn: '2026-04-08', outcome: null },
});

describe('recording how they responded', () => {
  it('takes "no reply" only once the reply window has passed', () => {
    expect(canRecordOutcome(sent('2026-04-01'), 'no_reply')).toBe(false);
    expect(canRecordOutcome(sent('2026-04-07'), 'no_reply')).toBe(false);
    expect(canRecordOutcome(sent('2026-04-08'), 'no_reply')).toBe(true);
  });

  it('takes a reply that came at any time, and nothing before a message was sent', () => {
    for (const outcome of ['warm', 'lukewarm', 'cold'] as const) {
      expect(canRecordOutcome(sent('2026-04-01'), outcome)).toBe(true);
    }
    expect(canRecordOutcome({ today: '2026-04-01', firstContact: null }, 'warm')).toBe(false);
  });
});
