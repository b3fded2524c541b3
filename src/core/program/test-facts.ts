import {
  type CheckinFacts,
  emptyFacts,
  type Facts,
  type ProgramFacts,
  type ReflectionFacts,
} from './facts.ts';

/**
 * Facts for the unit tests of the program and of reminders (test code only: nothing else imports
 * it). The usual path: they_ended on 2026-02-20, last contact on 2026-03-01, in UTC unless told.
 */
export const program = (over: Partial<ProgramFacts> = {}): ProgramFacts => ({
  scenario: 'they_ended',
  exName: 'Sam',
  exPronouns: 'they',
  endedOn: '2026-02-20',
  lastContactOn: '2026-03-01',
  timeZone: 'UTC',
  together: null,
  ending: null,
  onOff: false,
  limitedContact: null,
  ...over,
});

/** A reflection that says yes to everything: treated well, felt good and safe, wants to try. */
export const reflection = (over: Partial<ReflectionFacts> = {}): ReflectionFacts => ({
  reason: null,
  selfWork: null,
  treatedWell: 'yes',
  feltGood: 'yes',
  feltSafe: 'yes',
  decision: 'yes',
  safetyConfirmedAt: null,
  ...over,
});

/** A steady check-in at `at` (a full check: it answers "do you want them back?" with yes). */
export const checkin = (at: string, over: Partial<CheckinFacts> = {}): CheckinFacts => ({
  at: new Date(at),
  mood: 7,
  sad: 3,
  desperate: 2,
  steady: 7,
  wantBack: 'yes',
  ...over,
});

/** Reflected, with one problem both had a part in: no contact runs from the last contact. */
export const reflectedFacts = (
  over: { program?: Partial<ProgramFacts>; reflection?: Partial<ReflectionFacts>; problem?: string } = {},
): Facts => ({
  ...emptyFacts(program(over.program)),
  problems: [{ text: over.problem ?? 'We stopped talking.', whosePart: 'both', fixable: true }],
  reflection: reflection(over.reflection),
});
