import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DomainError, domainError } from '../../core/errors.ts';
import { ApiError, fail, messageOf } from './api-error.ts';
import type { AppEnv } from './env.ts';
import { answers, type Reason } from './errors.ts';
import { onError } from './on-error.ts';

/** Every reason's status and wire code, written out: a reason that maps wrongly fails here. */
const expected: Record<Reason, [number, string]> = {
  no_program: [409, 'no_program'],
  ended_in_future: [422, 'invalid_input'],
  last_contact_in_future: [422, 'invalid_input'],
  ended_too_long_ago: [422, 'invalid_input'],
  last_contact_before_ending: [422, 'invalid_input'],
  journal_entry_in_future: [422, 'invalid_input'],
  checkin_in_future: [422, 'invalid_input'],
  urge_in_future: [422, 'invalid_input'],
  contact_in_future: [422, 'invalid_input'],
  activity_in_future: [422, 'invalid_input'],
  outing_in_future: [422, 'invalid_input'],
  reflection_first: [409, 'conflict'],
  too_many_problems: [409, 'conflict'],
  letter_already_sent: [409, 'conflict'],
  letter_not_in_plan: [409, 'conflict'],
  letter_sent_in_future: [422, 'invalid_input'],
  letter_sent_before_last_contact: [422, 'invalid_input'],
  letter_not_written: [409, 'conflict'],
  letter_marked_sent: [409, 'conflict'],
  first_contact_none: [404, 'not_found'],
  first_contact_in_future: [422, 'invalid_input'],
  first_contact_already_sent: [409, 'conflict'],
  first_contact_sent_meanwhile: [409, 'conflict'],
  first_contact_not_needed: [409, 'conflict'],
  first_contact_not_open: [409, 'conflict'],
  reply_too_early: [409, 'conflict'],
  reply_before_sent: [409, 'conflict'],
  talk_in_future: [422, 'invalid_input'],
  talk_already_recorded: [409, 'conflict'],
  talk_not_open: [409, 'conflict'],
  talk_none_to_undo: [404, 'not_found'],
  not_json: [415, 'unsupported_media_type'],
  body_unreadable: [400, 'bad_json'],
  body_not_json: [400, 'bad_json'],
  invalid_body: [422, 'invalid_input'],
  invalid_query: [400, 'invalid_input'],
  body_too_large: [413, 'payload_too_large'],
  request_too_large: [413, 'payload_too_large'],
  request_unreadable: [400, 'invalid_input'],
  route_not_found: [404, 'not_found'],
  not_signed_in: [401, 'unauthenticated'],
  cross_origin: [403, 'cross_origin'],
  id_not_found: [404, 'not_found'],
  entry_not_found: [404, 'not_found'],
  entry_changed_meanwhile: [409, 'conflict'],
  entry_deleted: [410, 'not_found'],
  idempotency_key_invalid: [400, 'invalid_input'],
  idempotency_key_reused: [422, 'invalid_input'],
  still_saving: [409, 'conflict'],
  account_busy: [409, 'conflict'],
  race_lost: [409, 'conflict'],
  database_unavailable: [503, 'database_unavailable'],
  internal: [500, 'internal'],
  wrong_credentials: [401, 'unauthenticated'],
  email_taken: [409, 'email_taken'],
  password_common: [422, 'invalid_input'],
  password_repeats: [422, 'invalid_input'],
  password_sequence: [422, 'invalid_input'],
  password_has_email: [422, 'invalid_input'],
  wrong_password_to_delete: [403, 'wrong_password'],
  wrong_password_to_change: [403, 'wrong_password'],
  too_many_tries: [429, 'rate_limited'],
  too_many_wrong_passwords: [429, 'rate_limited'],
  too_many_email_tries: [429, 'rate_limited'],
  too_many_checks: [429, 'rate_limited'],
  reset_link_gone: [410, 'not_found'],
  reset_by_email_off: [409, 'conflict'],
  email_not_set_up: [409, 'conflict'],
  email_already_confirmed: [409, 'conflict'],
  email_not_sent: [503, 'internal'],
  confirm_link_gone: [410, 'not_found'],
  confirm_address_changed: [410, 'not_found'],
  unsubscribe_link_bad: [400, 'invalid_input'],
  notification_not_found: [404, 'not_found'],
  notifications_limit: [422, 'invalid_input'],
  notifications_unnamed: [422, 'invalid_input'],
  journal_search_empty: [422, 'invalid_input'],
  progress_days: [422, 'invalid_input'],
  signal_not_found: [404, 'not_found'],
  signal_answer_not_for_kind: [422, 'invalid_input'],
  signal_answer_asked: [422, 'invalid_input'],
  import_not_empty: [409, 'conflict'],
  import_refused: [422, 'invalid_input'],
  import_part_too_large: [413, 'payload_too_large'],
  import_too_large: [413, 'payload_too_large'],
};

describe('the error table', () => {
  it.each(Object.entries(expected))('%s answers %j', (reason, [status, code]) => {
    const answer = answers[reason as Reason];
    expect([answer.status, answer.code]).toEqual([status, code]);
  });

  it('words every reason in plain sentences, never a code', () => {
    for (const reason of Object.keys(answers) as Reason[]) {
      const message = new ApiError(reason, {
        max: 1,
        until: '2026-04-08',
        missing: [],
        problems: 'x.',
        problem: 'x.',
        maxMb: 1,
        method: 'GET',
        path: '/x',
        what: 'x',
        noun: 'x',
        ref: 'r',
        seconds: 1,
        kind: 'abuse',
        table: 'urges',
        reason: 'x.',
        name: 'urges',
        rows: 1,
        min: 7,
      }).message;
      expect(message, reason).toMatch(/^[A-Z"x].*[.!?)]$/);
      expect(message, reason).not.toContain(reason);
    }
  });

  it('fills in what a message needs', () => {
    expect(fail('too_many_problems', { max: 50 }).message).toBe(
      'You have written down 50 problems, which is the most we keep. Edit or merge some first.',
    );
    expect(fail('reply_too_early', { until: '2026-04-08' }).message).toBe(
      'It is too early to call it no reply: give them until 2026-04-08.',
    );
    expect(fail('first_contact_not_open', { missing: [] }).message).toBe(
      'At that time contact was not open yet.',
    );
    expect(fail('first_contact_not_open', { missing: ['One.', 'Two.'] }).message).toBe(
      'At that time contact was not open yet: One. Two.',
    );
    expect(fail('talk_not_open', { missing: [] }).message).toBe(
      'The talk opens after a few light outings over a month.',
    );
    expect(fail('talk_not_open', { missing: ['One.', 'Two.'] }).message).toBe(
      'The talk opens after a few light outings over a month. Still to come: One. Two.',
    );
    expect(fail('import_part_too_large', { name: 'urges', rows: 50_001 }).message).toBe(
      'This export has 50,001 rows in urges. One import takes up to 50,000 rows a part and 150,000 in all. Nothing was imported.',
    );
    expect(fail('import_not_empty', { table: 'journal_entries' }).message).toBe(
      'Import works into a new, empty account, and this one already has journal entries.',
    );
    expect(fail('progress_days', { min: 7, max: 365 }).message).toBe(
      'Ask for between 7 and 365 days of progress.',
    );
    expect(messageOf('entry_not_found', { noun: 'urge' })).toBe(
      'We could not find that urge. It may have been deleted.',
    );
  });

  it('gives the headers a refusal needs', () => {
    expect(fail('too_many_tries', { seconds: 61 }).headers).toEqual({ 'Retry-After': '61' });
    expect(fail('too_many_tries', { seconds: 61 }).message).toContain('please wait 2 minutes');
    expect(fail('too_many_tries', { seconds: 30 }).message).toContain('please wait a minute');
    expect(fail('database_unavailable').headers).toEqual({ 'Retry-After': '30' });
    expect(fail('body_too_large', { maxMb: 1 }).headers).toEqual({ Connection: 'close' });
    expect(fail('letter_already_sent').headers).toEqual({});
  });
});

describe('onError', () => {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('requestId', 'req-1');
    c.set('log', pino({ level: 'silent' }));
    await next();
  });
  app.get('/domain', () => {
    throw domainError('reply_too_early', { until: '2026-04-08' });
  });
  app.get('/unknown-code', () => {
    throw new DomainError('no_such_code');
  });
  app.get('/api-error', () => {
    throw fail('too_many_tries', { seconds: 120 });
  });
  app.onError(onError);

  it('answers a rule core refused with the table', async () => {
    const res = await app.request('/domain');
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'It is too early to call it no reply: give them until 2026-04-08.',
      },
    });
  });

  it('answers a thrown refusal with its status and headers', async () => {
    const res = await app.request('/api-error');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('120');
    expect((await res.json()).error.code).toBe('rate_limited');
  });

  it('answers a code the table does not know as a bug: a plain 500', async () => {
    const res = await app.request('/unknown-code');
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('internal');
  });
});
