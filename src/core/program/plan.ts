import type { SignalKind, SignalSource } from '../safety/signals.ts';
import type { Day } from '../time/days.ts';
import type { LimitedContact, Pronouns, Scenario } from './facts.ts';

export type StageId =
  | 'reflect'
  | 'letter'
  | 'no_contact'
  | 'first_contact'
  | 'reconnect'
  | 'talk'
  | 'back_together'
  | 'moving_on';

export type GateId =
  | 'reflect_done'
  | 'letter_sent'
  | 'no_contact_minimum'
  | 'steady_check'
  | 'no_recent_slip'
  | 'first_contact_sent'
  | 'reply_received'
  | 'outings'
  | 'talk_held';

/** One rule between here and the next stage: is it met, what is missing, and from when it can be. */
export type Gate = { id: GateId; met: boolean; missing: string[]; opensOn: Day | null };

export type MovingOnReason = 'chosen' | 'decision' | 'safety' | 'no_reply' | 'talk';

export type NoContact = {
  /** When the current stretch began (after the last slip), or null before it starts. */
  startedOn: Day | null;
  /** Whole days from `startedOn` to today in the person's zone. */
  days: number | null;
  /** Days kept since no contact first began, slips excepted: a reset never erases them. */
  totalDays: number | null;
  minimumDays: number;
  recommendedDays: number;
  /** `startedOn + minimumDays`. */
  earliestContactOn: Day | null;
  recommendedContactOn: Day | null;
  limitedContact: LimitedContact | null;
};

/** A step of the road: a stage, or one of the two that run beside no contact (§4, §5). */
export type RoadStepId = StageId | 'self_work' | 'emotion_check';

export type RoadmapStage = {
  id: RoadStepId;
  /** `ongoing`: a step that runs beside the current stage (self-work, check-ins). */
  status: 'done' | 'current' | 'ongoing' | 'upcoming' | 'skipped';
  /** A real date (done, or a fixed rule) or an estimate, with which it is. */
  on: Day | null;
  estimated: boolean;
};

/**
 * The day counter Today and the No-contact page both show (see `counterFor`): days of no contact
 * while giving it space, days since the last contact while moving on.
 */
export type DayCounter =
  | { kind: 'no_contact'; since: Day; days: number; totalDays: number; milestones: Milestone[] }
  | { kind: 'healing'; since: Day; days: number; milestones: Milestone[] };

export type Milestone = { days: number; reached: boolean };

/** A safety signal waiting for the person's answer; `foundAt` is an ISO instant. */
export type OpenSignal = {
  id: string;
  kind: SignalKind;
  source: SignalSource;
  tier: string;
  foundAt: string;
};

/**
 * Safety on Today. `concern`: "felt safe: no", or abuse the person said happened with their ex
 * (the healing path is recommended). `confirmed`: they chose to continue anyway, within the last
 * 30 days and before any newer abuse signal. `selfHarm`: a self-harm signal has no answer yet (crisis
 * help stays in view). `gentle`: "felt safe: mixed" (resources and a gentle note on Reflect).
 * `signals`: the unanswered signals, newest first, so the person can say what they meant.
 */
export type Safety = {
  concern: boolean;
  confirmed: boolean;
  selfHarm: boolean;
  gentle: boolean;
  signals: OpenSignal[];
};

/** The person's program today, derived from facts; never stored. */
export type Plan = {
  today: Day;
  scenario: Scenario;
  ex: { name: string; pronouns: Pronouns };
  stage: StageId;
  movingOnReason: MovingOnReason | null;
  safety: Safety;
  gates: Gate[];
  noContact: NoContact;
  /** After a check that says "not yet": the day to check in again. */
  checkAgainOn: Day | null;
  firstContact: { sentOn: Day; windowEndsOn: Day; outcome: string | null } | null;
  nextAction: { id: NextActionId; title: string; href: string };
  roadmap: RoadmapStage[];
  /** The counter to show, or null when none is true any more (contact has resumed). */
  counter: DayCounter | null;
  /** False while moving on: no tool that reaches out to them is offered. */
  contactToolsVisible: boolean;
};

export type NextActionId =
  | 'reflect'
  | 'confirm_safety'
  | 'write_letter'
  | 'check_in'
  | 'self_work'
  | 'first_contact'
  | 'record_reply'
  | 'wait_for_reply'
  | 'plan_outing'
  | 'prepare_talk'
  | 'keep_healthy'
  | 'heal';
