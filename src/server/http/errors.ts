import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainErrorParams } from '../../core/errors.ts';
import type { SignalKind } from '../../core/safety/signals.ts';
import type { ErrorCode } from '../../shared/api/errors.ts';
import { confirmationLinkHours, importLimits } from '../../shared/api/limits.ts';

/** Refusals of the request itself (its shape, the session, limits, links) that need no params. */
type PlainRequestReason =
  | 'not_json'
  | 'body_unreadable'
  | 'body_not_json'
  | 'request_too_large'
  | 'request_unreadable'
  | 'not_signed_in'
  | 'cross_origin'
  | 'idempotency_key_reused'
  | 'still_saving'
  | 'account_busy'
  | 'race_lost'
  | 'database_unavailable'
  | 'wrong_credentials'
  | 'email_taken'
  | 'password_common'
  | 'password_repeats'
  | 'password_sequence'
  | 'password_has_email'
  | 'wrong_password_to_delete'
  | 'wrong_password_to_change'
  | 'reset_link_gone'
  | 'reset_by_email_off'
  | 'email_not_set_up'
  | 'email_already_confirmed'
  | 'email_not_sent'
  | 'confirm_link_gone'
  | 'confirm_address_changed'
  | 'unsubscribe_link_bad'
  | 'notification_not_found'
  | 'notifications_limit'
  | 'notifications_unnamed'
  | 'journal_search_empty'
  | 'signal_not_found'
  | 'signal_answer_asked';

/** Refusals of the request whose wording needs something. */
type RequestErrorParams = Record<PlainRequestReason, undefined> &
  Record<'entry_not_found' | 'entry_changed_meanwhile' | 'entry_deleted', { noun: string }> &
  Record<
    'too_many_tries' | 'too_many_wrong_passwords' | 'too_many_email_tries' | 'too_many_checks',
    { seconds: number }
  > &
  Record<'invalid_query' | 'idempotency_key_invalid', { problem: string }> & {
    /** `problems`: the schema's own words for what is wrong (http/validate.ts). */
    invalid_body: { problems: string };
    body_too_large: { maxMb: number };
    route_not_found: { method: string; path: string };
    id_not_found: { what: string };
    internal: { ref: string };
    signal_answer_not_for_kind: { kind: SignalKind };
    import_not_empty: { table: string };
    /** `reason`: which row broke which rule. */
    import_refused: { reason: string };
    import_part_too_large: { name: string; rows: number };
    import_too_large: { rows: number };
    progress_days: { min: number; max: number };
  };

export type ErrorParams = DomainErrorParams & RequestErrorParams;
export type Reason = keyof ErrorParams;

/** What the person is told, and with which status, wire code and headers. */
type Answer<P> = {
  status: ContentfulStatusCode;
  code: ErrorCode;
  message: (params: P) => string;
  headers?: (params: P) => Record<string, string>;
};

/** An answer that needs no params. */
const say = (status: ContentfulStatusCode, code: ErrorCode, message: string): Answer<undefined> => ({
  status,
  code,
  message: () => message,
});
const conflict = (message: string) => say(409, 'conflict', message);
const invalid = (message: string) => say(422, 'invalid_input', message);
const missing = (message: string) => say(404, 'not_found', message);
const gone = (message: string) => say(410, 'not_found', message);
const tooMany = (message: (wait: string) => string): Answer<{ seconds: number }> => ({
  status: 429,
  code: 'rate_limited',
  message: ({ seconds }) => message(describeWait(seconds)),
  headers: ({ seconds }) => ({ 'Retry-After': String(seconds) }),
});
const nothingImported = 'Nothing was imported.';
const importLimitsText = `One import takes up to ${importLimits.rowsPerTable.toLocaleString('en')} rows a part and ${importLimits.rows.toLocaleString('en')} in all.`;
const tryWords = 'Try a few unrelated words.';

/** The one place a refusal gets its status and its words. */
export const answers: { [R in Reason]: Answer<ErrorParams[R]> } = {
  // Core's rules.
  no_program: say(
    409,
    'no_program',
    'You have not set up your plan yet. Start with the three short onboarding steps.',
  ),
  ended_in_future: invalid('The day it ended is in the future. Choose today or an earlier day.'),
  last_contact_in_future: invalid('The last contact is in the future. Choose today or an earlier day.'),
  ended_too_long_ago: invalid('The day it ended is too long ago. Check the year.'),
  last_contact_before_ending: invalid(
    'The last contact is before the day it ended. The ending itself counts as contact, so choose that day or later.',
  ),
  journal_entry_in_future: invalid('A journal entry cannot be dated in the future.'),
  checkin_in_future: invalid('A check-in cannot be in the future.'),
  urge_in_future: invalid('An urge cannot be logged in the future.'),
  contact_in_future: invalid('That day is in the future. Log contact on the day it happened.'),
  activity_in_future: invalid('That day is in the future. Log what you have already done.'),
  outing_in_future: invalid('That day is in the future. Log an outing once it has happened.'),
  reflection_first: conflict('Answer the reflection questions first; then you can decide how to go on.'),
  too_many_problems: {
    status: 409,
    code: 'conflict',
    message: ({ max }) =>
      `You have written down ${max} problems, which is the most we keep. Edit or merge some first.`,
  },
  letter_already_sent: conflict('This letter was already sent, so it stays as it was.'),
  letter_not_in_plan: conflict('The apology letter is part of the plan only when you ended it.'),
  letter_sent_in_future: invalid('That day is in the future. Mark it sent on the day you sent it.'),
  letter_sent_before_last_contact: invalid(
    'That is before your last contact. Choose the day you sent the letter.',
  ),
  letter_not_written: conflict('Write your letter first; then mark it sent.'),
  letter_marked_sent: conflict('Your letter is already marked sent. It is sent once.'),
  first_contact_none: missing('You have not sent a first message.'),
  first_contact_in_future: invalid('That time is in the future. Mark it sent once you have sent it.'),
  first_contact_already_sent: conflict(
    'You already sent your first message. Rekindle never suggests a second one: give them room to answer.',
  ),
  first_contact_sent_meanwhile: conflict('You already sent your first message.'),
  first_contact_not_needed: conflict(
    'They already reached out warmly, so there is no first message to send.',
  ),
  first_contact_not_open: {
    status: 409,
    code: 'conflict',
    message: ({ missing }) =>
      `At that time contact was not open yet${missing.length ? `: ${missing.join(' ')}` : '.'}`,
  },
  reply_too_early: {
    status: 409,
    code: 'conflict',
    message: ({ until }) => `It is too early to call it no reply: give them until ${until}.`,
  },
  reply_before_sent: conflict('Mark your first message as sent before recording how they responded.'),
  talk_in_future: invalid('That day is in the future. Record the talk once it has happened.'),
  talk_already_recorded: conflict('How the talk went is already recorded. Undo it first to change it.'),
  talk_not_open: {
    status: 409,
    code: 'conflict',
    message: ({ missing }) =>
      `The talk opens after a few light outings over a month.${missing.length ? ` Still to come: ${missing.join(' ')}` : ''}`,
  },
  talk_none_to_undo: missing('There is no talk recorded to undo.'),

  // The request.
  not_json: say(
    415,
    'unsupported_media_type',
    'Send the request body as JSON (Content-Type: application/json).',
  ),
  body_unreadable: say(400, 'bad_json', 'The request body could not be read. Please try again.'),
  body_not_json: { status: 400, code: 'bad_json', message: () => 'The request body is not valid JSON.' },
  invalid_body: { status: 422, code: 'invalid_input', message: ({ problems }) => problems },
  invalid_query: { status: 400, code: 'invalid_input', message: ({ problem }) => problem },
  // The rest of the body is never read, so the connection cannot be reused: say so.
  body_too_large: {
    status: 413,
    code: 'payload_too_large',
    message: ({ maxMb }) => `That is more than we can take at once (the limit is ${maxMb} MB).`,
    headers: () => ({ Connection: 'close' }),
  },
  request_too_large: { status: 413, code: 'payload_too_large', message: () => 'That request is too large.' },
  request_unreadable: say(400, 'invalid_input', 'That request could not be read.'),
  route_not_found: {
    status: 404,
    code: 'not_found',
    message: ({ method, path }) => `There is nothing at ${method} ${path}.`,
  },
  not_signed_in: { status: 401, code: 'unauthenticated', message: () => 'Please sign in to continue.' },
  cross_origin: say(
    403,
    'cross_origin',
    'This request came from another website, so we refused it. Open Rekindle directly and try again.',
  ),
  id_not_found: { status: 404, code: 'not_found', message: ({ what }) => `We could not find that ${what}.` },
  entry_not_found: {
    status: 404,
    code: 'not_found',
    message: ({ noun }) => `We could not find that ${noun}. It may have been deleted.`,
  },
  entry_changed_meanwhile: {
    status: 409,
    code: 'conflict',
    message: ({ noun }) => `That ${noun} changed meanwhile. Please try again.`,
  },
  entry_deleted: { status: 410, code: 'not_found', message: ({ noun }) => `That ${noun} was deleted.` },
  idempotency_key_invalid: { status: 400, code: 'invalid_input', message: ({ problem }) => problem },
  idempotency_key_reused: invalid(
    'This Idempotency-Key was already used for a different request. Send a new key with each new entry.',
  ),
  still_saving: conflict('This is still being saved. Please try again in a moment.'),
  account_busy: conflict(
    'Another change to your account was being saved at the same moment. Please try again.',
  ),
  race_lost: conflict('Another change was being saved at the same moment. Please try again.'),
  database_unavailable: {
    status: 503,
    code: 'database_unavailable',
    message: () =>
      'Rekindle cannot reach its database right now. Nothing was saved; please try again in a minute.',
    headers: () => ({ 'Retry-After': '30' }),
  },
  internal: {
    status: 500,
    code: 'internal',
    message: ({ ref }) =>
      `Something went wrong on our side. Nothing you typed is lost on your screen; please try again. (ref ${ref})`,
  },

  wrong_credentials: say(
    401,
    'unauthenticated',
    "That email and password don't match an account. Check both and try again.",
  ),
  email_taken: say(
    409,
    'email_taken',
    'There is already an account with this email. Try signing in instead.',
  ),
  password_common: invalid(
    `That password is one of the most common ones, so it is easy to guess. ${tryWords}`,
  ),
  password_repeats: invalid(`That password repeats the same characters. ${tryWords}`),
  password_sequence: invalid(`That password is a simple sequence. ${tryWords}`),
  password_has_email: invalid(`Your password should not contain your email address. ${tryWords}`),
  wrong_password_to_delete: say(
    403,
    'wrong_password',
    "That password isn't right, so nothing was deleted. Please try again.",
  ),
  wrong_password_to_change: say(
    403,
    'wrong_password',
    "Your current password isn't right, so nothing changed. Please try again.",
  ),
  too_many_tries: tooMany(
    (wait) => `Too many tries in a short time. To keep accounts safe, please wait ${wait} and try again.`,
  ),
  too_many_wrong_passwords: tooMany((wait) => `Too many wrong passwords. Please wait ${wait} and try again.`),
  too_many_email_tries: tooMany(
    (wait) => `That is a lot of tries in a short time. Please wait ${wait} and try again.`,
  ),
  too_many_checks: tooMany((wait) => `That is a lot of checks in a short time. Please wait ${wait}.`),
  // 410: the link existed once and is gone. An unknown token reads the same, so nothing is revealed.
  reset_link_gone: gone(
    'This link has already been used or has expired (a link works once, for 30 minutes). Please ask the person who runs Rekindle for a new one.',
  ),
  reset_by_email_off: conflict(
    'This Rekindle cannot email reset links: email is not set up on it. Please ask the person who runs it for a reset link; everything you wrote stays as it is.',
  ),

  email_not_set_up: conflict(
    'Email is not set up on this Rekindle server, so it cannot send emails. The person who runs it can turn email on.',
  ),
  email_already_confirmed: conflict('Your email address is already confirmed: there is nothing more to do.'),
  email_not_sent: say(
    503,
    'internal',
    'We could not send the email just now: the mail server did not take it. Please try again in a few minutes.',
  ),
  confirm_link_gone: gone(
    `This confirmation link has already been used or has expired (a link works once, for ${confirmationLinkHours} hours). You can ask for a new link from Reminders.`,
  ),
  confirm_address_changed: gone(
    'This link was sent to an email address the account no longer uses. You can ask for a new link from Reminders.',
  ),
  unsubscribe_link_bad: say(
    400,
    'invalid_input',
    'This unsubscribe link is not complete or is not one we made. Open it again from the email, or switch reminder emails off in Reminders.',
  ),

  notification_not_found: missing(
    'That notification is not here any more. It may have gone with older ones.',
  ),
  notifications_limit: invalid('Ask for between 0 and 200 notifications.'),
  notifications_unnamed: invalid('Say which notifications to mark read, or send "all": true.'),
  journal_search_empty: invalid('Search the journal for some words.'),
  progress_days: {
    status: 422,
    code: 'invalid_input',
    message: ({ min, max }) => `Ask for between ${min} and ${max} days of progress.`,
  },

  signal_not_found: missing('We could not find that signal. It may have gone with the entry it came from.'),
  signal_answer_not_for_kind: {
    status: 422,
    code: 'invalid_input',
    message: ({ kind }) => signalChoices[kind],
  },
  signal_answer_asked: invalid('For this one, answer "safe_now": you told us this directly.'),

  // The file is never read, so the connection cannot be reused: say so (as the body limit does).
  import_not_empty: {
    status: 409,
    code: 'conflict',
    message: ({ table }) =>
      `Import works into a new, empty account, and this one already has ${table.replaceAll('_', ' ')}.`,
    headers: () => ({ Connection: 'close' }),
  },
  import_refused: {
    status: 422,
    code: 'invalid_input',
    message: ({ reason }) => `${reason} ${nothingImported}`,
  },
  import_part_too_large: {
    status: 413,
    code: 'payload_too_large',
    message: ({ name, rows }) =>
      `This export has ${rows.toLocaleString('en')} rows in ${name}. ${importLimitsText} ${nothingImported}`,
  },
  import_too_large: {
    status: 413,
    code: 'payload_too_large',
    message: ({ rows }) =>
      `This export has ${rows.toLocaleString('en')} rows. ${importLimitsText} ${nothingImported}`,
  },
};

/** What a person can answer to each kind, in their words, for a refused answer. */
const signalChoices: Record<SignalKind, string> = {
  self_harm: 'For this one, answer "safe_now" (you have seen the help and are safe for now) or "not_meant".',
  abuse: 'For this one, answer "yes" (this happened with your ex) or "not_meant".',
};

function describeWait(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}
