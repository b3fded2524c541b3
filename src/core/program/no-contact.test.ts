import { describe, expect, it } from 'vitest';
import { emptyFacts, type Facts, type Scenario } from './facts.ts';
import { noContactBaseStart, noContactStartsFrom } from './no-contact.ts';
import { program } from './test-facts.ts';

const facts = (scenario: Scenario, letterSentOn: string | null): Facts => ({
  ...emptyFacts(program({ scenario })),
  letterSentOn,
});

// The facts query counts slips from the same rule (server/features/program): a change here is a
// change to what every person's count means, so it must be made on purpose.
describe('when no contact starts', () => {
  it('is the letter for i_ended and the last contact otherwise', () => {
    expect(noContactStartsFrom).toEqual({
      i_ended: 'letterSentOn',
      they_ended: 'lastContactOn',
      mutual: 'lastContactOn',
    });
  });

  it('has not begun for i_ended until the letter is sent, whatever the last contact', () => {
    expect(noContactBaseStart(facts('i_ended', null))).toBeNull();
    expect(noContactBaseStart(facts('i_ended', '2026-03-05'))).toBe('2026-03-05');
  });

  it('begins at the last contact for they_ended and mutual, a letter or not', () => {
    expect(noContactBaseStart(facts('they_ended', null))).toBe('2026-03-01');
    expect(noContactBaseStart(facts('mutual', '2026-03-05'))).toBe('2026-03-01');
  });
});
