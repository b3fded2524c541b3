import type { Day } from '../time/days.ts';

export type Scenario = 'i_ended' | 'they_ended' | 'mutual';
export type Pronouns = 'he' | 'she' | 'they';
export type Together = 'under_6_months' | '6_to_24_months' | 'over_2_years';
export type Ending = 'calm' | 'hard' | 'ugly';
export type LimitedContact = 'children' | 'home' | 'work';
export type Answer = 'yes' | 'mixed' | 'no';
export type Decision = 'yes' | 'not_sure' | 'no';
export type Reason = 'flaw' | 'misunderstanding' | 'heat_of_argument' | 'test' | 'other';
export type WhosePart = 'mine' | 'theirs' | 'both';

/** What onboarding records. Days are calendar days in `timeZone`. */
export type ProgramFacts = {
  scenario: Scenario;
  exName: string;
  exPronouns: Pronouns;
  endedOn: Day;
  lastContactOn: Day;
  timeZone: string;
  together: Together | null;
  ending: Ending | null;
  onOff: boolean;
  limitedContact: LimitedContact | null;
};

export type ReflectionFacts = {
  reason: Reason | null;
  selfWork: string | null;
  treatedWell: Answer | null;
  feltGood: Answer | null;
  feltSafe: Answer | null;
  decision: Decision | null;
  /** When the person confirmed, after a safety concern, that they still want to continue. */
  safetyConfirmedAt: Date | null;
};

export type ProblemFacts = { text: string; whosePart: WhosePart; fixable: boolean };

export type CheckinFacts = {
  at: Date;
  mood: number;
  sad: number;
  desperate: number;
  steady: number;
  wantBack: Decision | null;
};

/**
 * Everything the program stands on, as the server loads it for one person. Histories arrive
 * summarised (the latest check, the last slip, counts) so that evaluating stays cheap however
 * long a person's history grows.
 */
export type Facts = {
  program: ProgramFacts;
  reflection: ReflectionFacts | null;
  problems: readonly ProblemFacts[];
  /** Day the apology letter was sent (`i_ended`), or null. */
  letterSentOn: Day | null;
  contacts: {
    /** The most recent slip (contact from you), which restarts no contact. */
    lastSlipOn: Day | null;
    /** Distinct days with a slip, after no contact began. */
    slipDays: number;
    /** The first warm contact from them, if any. */
    firstWarmIncomingOn: Day | null;
  };
  /** The latest check-in, and the latest one that answered "do I want them back?". */
  latestCheckin: CheckinFacts | null;
  latestFullCheck: CheckinFacts | null;
  firstContact: { sentAt: Date; outcome: 'warm' | 'lukewarm' | 'cold' | 'no_reply' | null } | null;
  outings: { count: number; firstOn: Day | null };
  talk: { on: Day; outcome: 'back_together' | 'not_yet' | 'no' } | null;
  /** "Move on" chosen by the person (and not undone). */
  movedOnAt: Date | null;
};

/** Facts with nothing recorded beyond onboarding: a convenient base for tests and new people. */
export function emptyFacts(program: ProgramFacts): Facts {
  return {
    program,
    reflection: null,
    problems: [],
    letterSentOn: null,
    contacts: { lastSlipOn: null, slipDays: 0, firstWarmIncomingOn: null },
    latestCheckin: null,
    latestFullCheck: null,
    firstContact: null,
    outings: { count: 0, firstOn: null },
    talk: null,
    movedOnAt: null,
  };
}
