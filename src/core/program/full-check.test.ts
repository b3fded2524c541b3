import { describe, expect, it } from 'vitest';
import { isFullCheckDue } from './full-check.ts';
import type { Gate, StageId } from './plan.ts';

const minimum = (met: boolean): Gate => ({ id: 'no_contact_minimum', met, missing: [], opensOn: null });

describe('the full emotion check', () => {
  it('is due in no contact once the minimum has passed, not before', () => {
    expect(isFullCheckDue({ stage: 'no_contact', gates: [minimum(true)] })).toBe(true);
    expect(isFullCheckDue({ stage: 'no_contact', gates: [minimum(false)] })).toBe(false);
    expect(isFullCheckDue({ stage: 'no_contact', gates: [] })).toBe(false);
  });

  it('is not asked outside no contact', () => {
    const others: StageId[] = [
      'reflect',
      'letter',
      'first_contact',
      'reconnect',
      'talk',
      'back_together',
      'moving_on',
    ];
    for (const stage of others) expect(isFullCheckDue({ stage, gates: [minimum(true)] })).toBe(false);
  });
});
