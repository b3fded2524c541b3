import type { SignalKind, SignalSource } from '../safety/signals.ts';
import type { Day } from '../time/days.ts';

/** The closed sets of answers, shared by the API schemas, the database checks and the UI. */
export const scenarios = ['i_ended', 'they_ended', 'mutual'] as const;
export const pronounsList = ['he', 'she', 'they'] as const;
export const togetherOptions = ['under_6_months', '6_to_24_months', 'over_2_years'] as const;
export const endings = ['calm', 'hard', 'ugly'] as const;
export const limitedContactReasons = ['children', 'home', 'work'] as const;
export const answers = ['yes', 'mixed', 'no'] as const;
export const decisions = ['yes', 'not_sure', 'no'] as const;
export const reasons = ['flaw', 'misunderstanding', 'heat_of_argument', 'test', 'other'] as const;
export const whoseParts = ['mine', 'theirs', 'both'] as const;
export const contactKinds = ['slip', 'necessary', 'incoming'] as const;
export const channels = ['text', 'call', 'in_person', 'social'] as const;
export const warmths = ['warm', 'neutral', 'cold'] as const;
export const triggers = ['night', 'alcohol', 'memory', 'their_post', 'other'] as const;
export const activityCategories = ['move', 'look', 'care', 'talk', 'grow', 'social'] as const;
export const replyOutcomes = ['warm', 'lukewarm', 'cold', 'no_reply'] as const;
export const talkOutcomes = ['back_together', 'not_yet', 'no'] as const;
/** The emotion check's optional question about thoughts of death or ending one's life. */
export const darkThoughtAnswers = ['no', 'yes'] as const;

export type Scenario = (typeof scenarios)[number];
export type Pronouns = (typeof pronounsList)[number];
export type Together = (typeof togetherOptions)[number];
export type Ending = (typeof endings)[number];
export type LimitedContact = (typeof limitedContactReasons)[number];
export type Answer = (typeof answers)[number];
export type Decision = (typeof decisions)[number];
export type Reason = (typeof reasons)[number];
export type WhosePart = (typeof whoseParts)[number];
export type ContactKind = (typeof contactKinds)[number];
export type Channel = (typeof channels)[number];
export type Warmth = (typeof warmths)[number];
export type Trigger = (typeof triggers)[number];
export type ActivityCategory = (typeof activityCategories)[number];
export type ReplyOutcome = (typeof replyOutcomes)[number];
export type TalkOutcome = (typeof talkOutcomes)[number];
export type DarkThoughts = (typeof darkThoughtAnswers)[number];

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

/** A safety signal the person has not answered yet: what was noticed, where, and when. */
export type OpenSignalFacts = {
  id: string;
  kind: SignalKind;
  source: SignalSource;
  tier: string;
  foundAt: Date;
};

/** The safety signals recorded from what the person wrote, summarised (never the text). */
export type SignalsFacts = {
  /** Unanswered signals: the five newest of each kind, newest first. */
  open: readonly OpenSignalFacts[];
  /** Whether any self-harm signal is unanswered (the list above may be cut short). */
  selfHarmOpen: boolean;
  /** Whether the person answered "yes, this happened with my ex" to any abuse signal. */
  abuseConfirmed: boolean;
  /** The latest abuse signal not dismissed as "not what I meant": when it was found or answered yes. */
  lastAbuseAt: Date | null;
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
  firstContact: { sentAt: Date; outcome: ReplyOutcome | null } | null;
  outings: { count: number; firstOn: Day | null };
  talk: { on: Day; outcome: TalkOutcome } | null;
  /** "Move on" chosen by the person (and not undone). */
  movedOnAt: Date | null;
  signals: SignalsFacts;
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
    signals: { open: [], selfHarmOpen: false, abuseConfirmed: false, lastAbuseAt: null },
  };
}
