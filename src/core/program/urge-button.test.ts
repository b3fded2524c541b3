import { describe, expect, it } from 'vitest';
import type { Plan, StageId } from './plan.ts';
import { offersUrgeButton } from './urge-button.ts';

const sent: Plan['firstContact'] = { sentOn: '2026-04-01', windowEndsOn: '2026-04-08', outcome: null };

describe('the urge button', () => {
  it('is offered from reflecting to the talk, and while moving on', () => {
    const stages: StageId[] = ['reflect', 'letter', 'no_contact', 'reconnect', 'talk', 'moving_on'];
    for (const stage of stages) expect(offersUrgeButton({ stage, firstContact: null })).toBe(true);
  });

  it('is not offered back together, nor while the one first message is still to write', () => {
    expect(offersUrgeButton({ stage: 'back_together', firstContact: null })).toBe(false);
    expect(offersUrgeButton({ stage: 'first_contact', firstContact: null })).toBe(false);
  });

  it('is offered again once the first message is sent, while waiting for a reply', () => {
    expect(offersUrgeButton({ stage: 'first_contact', firstContact: sent })).toBe(true);
  });
});
