import type { ProgramFacts, ReflectionFacts } from './facts.ts';

// For tests: one person everyone's examples start from, so a test says only what differs.

/** Sam, who ended it (they_ended) on 2026-02-20; the last contact 2026-03-01; in UTC. */
export const sampleProgram = (over: Partial<ProgramFacts> = {}): ProgramFacts => ({
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

/** Reflection answers that open the way: treated well, felt good and safe, wants them back. */
export const sampleReflection = (over: Partial<ReflectionFacts> = {}): ReflectionFacts => ({
  reason: null,
  selfWork: null,
  treatedWell: 'yes',
  feltGood: 'yes',
  feltSafe: 'yes',
  decision: 'yes',
  safetyConfirmedAt: null,
  ...over,
});
