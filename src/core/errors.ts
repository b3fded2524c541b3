import type { Day } from './time/days.ts';

/**
 * Every refusal a rule of the program gives, by code, with what its wording needs (`undefined`:
 * nothing). Core never words them: the server's one table (`server/http/errors.ts`) gives each
 * its HTTP status and the person's message, so the rule and the sentence cannot drift apart.
 */
export type DomainErrorParams = {
  no_program: undefined;
  // Onboarding dates (program/check-dates.ts).
  ended_in_future: undefined;
  last_contact_in_future: undefined;
  ended_too_long_ago: undefined;
  last_contact_before_ending: undefined;
  // Entries dated after now (or after today in the person's zone).
  journal_entry_in_future: undefined;
  checkin_in_future: undefined;
  urge_in_future: undefined;
  contact_in_future: undefined;
  activity_in_future: undefined;
  outing_in_future: undefined;
  // Reflect.
  reflection_first: undefined;
  too_many_problems: { max: number };
  // The letter (i_ended).
  letter_already_sent: undefined;
  letter_not_in_plan: undefined;
  letter_sent_in_future: undefined;
  letter_sent_before_last_contact: undefined;
  letter_not_written: undefined;
  letter_marked_sent: undefined;
  // The first message.
  first_contact_none: undefined;
  first_contact_in_future: undefined;
  first_contact_already_sent: undefined;
  first_contact_sent_meanwhile: undefined;
  first_contact_not_needed: undefined;
  /** `missing`: what the gates still ask (their own sentences, as the plan shows them). */
  first_contact_not_open: { missing: readonly string[] };
  reply_too_early: { until: Day };
  reply_before_sent: undefined;
  // The talk.
  talk_in_future: undefined;
  talk_already_recorded: undefined;
  talk_not_open: { missing: readonly string[] };
  talk_none_to_undo: undefined;
};

export type DomainErrorCode = keyof DomainErrorParams;

/** The codes that need no params: what a plain yes-or-no rule can return. */
export type PlainDomainErrorCode = {
  [C in DomainErrorCode]: DomainErrorParams[C] extends undefined ? C : never;
}[DomainErrorCode];

/** The arguments after a code: nothing, or the params its wording needs. */
export type ParamsArg<Params, Code extends keyof Params> = Params[Code] extends undefined
  ? []
  : [params: Params[Code]];

/**
 * A rule refused. Its `message` is the code, never English: whoever answers the person words it.
 *
 * @example throw domainError('reply_too_early', { until: '2026-04-08' });
 */
export class DomainError<Code extends string = DomainErrorCode> extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: Code,
    readonly params: object | undefined = undefined,
  ) {
    super(code);
  }
}

/** A `DomainError` whose params are checked against its code. */
export function domainError<C extends DomainErrorCode>(
  code: C,
  ...params: ParamsArg<DomainErrorParams, C>
): DomainError {
  return new DomainError(code, params[0]);
}
