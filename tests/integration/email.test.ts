import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/server/config.ts';
import { emailTokens, reminderSettings, users } from '../../src/server/db/schema.ts';
import { emailChannel } from '../../src/server/features/email/channel.ts';
import type { DeliveryJob } from '../../src/server/features/reminders/channels.ts';
import { defaultReminderSettings } from '../../src/shared/api/reminders.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let smtp: TestSmtp;
let server: TestServer;
beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startTestServer({
    env: { REKINDLE_SMTP_URL: smtp.url, REKINDLE_MAIL_FROM: 'Rekindle <rekindle@example.org>' },
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});
// Each test starts in fresh rate-limit windows (the longest is an hour).
beforeEach(() => server.clock.advance(61 * 60_000));

const hour = 3_600_000;
const password = 'a quiet walk by the river';
const confirmSubject = 'Rekindle: please confirm your email address';
const resetSubject = 'Rekindle: a link to choose a new password';

const mailTo = (email: string, subject: string) => (m: ReceivedMail) =>
  m.to.includes(email) && m.subject === subject;
const mailsTo = (email: string, subject: string) => smtp.received.filter(mailTo(email, subject));
const tokenIn = (mail: ReceivedMail, path: string) => {
  const match = new RegExp(`${path}\\?token=([\\w%.-]+)`).exec(mail.text);
  expect(match, mail.text).not.toBeNull();
  return decodeURIComponent(match![1]!);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function signUp(label = 'mail') {
  const email = uniqueEmail(label);
  const client = new Client(server.url);
  const created = await client.signup(email, password);
  expect(created.status).toBe(201);
  const mail = await smtp.waitFor(mailTo(email, confirmSubject));
  return { email, client, id: (created.json as { id: string }).id, token: tokenIn(mail, '/confirm-email') };
}

const confirm = (token: string) => new Client(server.url).post('/api/email/confirm', { token });

async function confirmedAt(id: string) {
  const [row] = await server.database.db
    .select({ at: users.emailConfirmedAt })
    .from(users)
    .where(eq(users.id, id));
  return row?.at;
}

describe('confirming an email address', () => {
  it('sign-up sends one calm confirmation email whose link confirms the address, once', async () => {
    const { email, id, token } = await signUp();
    const mails = mailsTo(email, confirmSubject);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.from).toBe('rekindle@example.org');
    expect(mails[0]!.text).toContain(`${server.url}/confirm-email?token=`);
    expect(mails[0]!.text).toMatch(/48 hours/);
    expect(await confirmedAt(id)).toBeNull();

    // Only the token's SHA-256 is stored.
    const rows = await server.database.db.select().from(emailTokens).where(eq(emailTokens.userId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);

    expect((await confirm(token)).status).toBe(204);
    expect(await confirmedAt(id)).toEqual(server.clock.now);

    const again = await confirm(token);
    expect(again.status).toBe(410);
    expect(again.json).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/ask for a new link from Reminders/) },
    });
    const garbage = await confirm('x'.repeat(43));
    expect(garbage.status).toBe(410);
    expect(JSON.stringify(garbage.json)).toMatch(/already been used or has expired/);
    const short = await confirm('abc');
    expect(short.status).toBe(422);
    expect(JSON.stringify(short.json)).toMatch(/not complete/);
  });

  it('sends the email again on request, with a fresh link, and refuses once confirmed', async () => {
    const { email, client, id, token: first } = await signUp();
    const resent = await client.post('/api/email/confirmation');
    expect(resent.status).toBe(202);
    await smtp.waitFor(() => mailsTo(email, confirmSubject).length === 2);
    const second = tokenIn(mailsTo(email, confirmSubject)[1]!, '/confirm-email');
    expect(second).not.toBe(first);

    expect((await confirm(first)).status).toBe(410); // replaced by the newer link
    expect((await confirm(second)).status).toBe(204);
    expect(await confirmedAt(id)).not.toBeNull();

    const done = await client.post('/api/email/confirmation');
    expect(done.status).toBe(409);
    expect(done.json).toEqual({
      error: { code: 'conflict', message: expect.stringMatching(/already confirmed/) },
    });
    expect(mailsTo(email, confirmSubject)).toHaveLength(2);

    expect((await new Client(server.url).post('/api/email/confirmation')).status).toBe(401);
  });

  it('a link works for 48 hours', async () => {
    const { token } = await signUp();
    server.clock.advance(48 * hour + 1000);
    const late = await confirm(token);
    expect(late.status).toBe(410);
    expect(JSON.stringify(late.json)).toMatch(/48 hours/);
  });

  it('does not confirm an address the account no longer uses', async () => {
    const { id, token } = await signUp();
    await server.database.db
      .update(users)
      .set({ email: uniqueEmail('moved') })
      .where(eq(users.id, id));
    const moved = await confirm(token);
    expect(moved.status).toBe(410);
    expect(JSON.stringify(moved.json)).toMatch(/no longer uses/);
    expect(await confirmedAt(id)).toBeNull();
  });

  it('sending again is rate-limited per account', async () => {
    const { client } = await signUp();
    for (let i = 0; i < 5; i++) expect((await client.post('/api/email/confirmation')).status).toBe(202);
    const refused = await client.post('/api/email/confirmation');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('a reset link by email', () => {
  const ask = (email: string) => new Client(server.url).post('/api/auth/reset-request', { email });

  it('says email resets are possible', async () => {
    const options = await new Client(server.url).get('/api/auth/options');
    expect(options.status).toBe(200);
    expect(options.json).toEqual({ resetByEmail: true });
  });

  it('answers the same for any address, and emails a working link only to a confirmed one', async () => {
    const unknown = uniqueEmail('nobody');
    const unconfirmed = await signUp('unconfirmed');
    const confirmed = await signUp('confirmed');
    expect((await confirm(confirmed.token)).status).toBe(204);

    const answers = [
      await ask(unknown),
      await ask(unconfirmed.email),
      await ask(confirmed.email.toUpperCase()),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.text).toBe(answers[0]!.text);
      expect([...answer.headers.keys()].sort()).toEqual([...answers[0]!.headers.keys()].sort());
    }

    const mail = await smtp.waitFor(mailTo(confirmed.email, resetSubject));
    expect(mail.text).toMatch(/works once, for 30 minutes/);
    expect(mail.text).toContain(`${server.url}/reset?token=`);
    await settle();
    expect(mailsTo(unknown, resetSubject)).toEqual([]);
    expect(mailsTo(unconfirmed.email, resetSubject)).toEqual([]);
    expect(smtp.received.filter((m) => m.to.includes(unknown))).toEqual([]);

    const token = tokenIn(mail, '/reset');
    const newPassword = 'lanterns over the harbour';
    const reset = (t: string) =>
      new Client(server.url).post('/api/auth/reset', { token: t, password: newPassword });
    expect((await reset(token)).status).toBe(204);
    expect((await reset(token)).status).toBe(410);
    expect((await new Client(server.url).login(confirmed.email, newPassword)).status).toBe(200);
  });

  it('is rate-limited per email address, whether or not it has an account', async () => {
    const unknown = uniqueEmail('nobody');
    for (let i = 0; i < 3; i++) expect((await ask(unknown)).status).toBe(202);
    const refused = await ask(unknown);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await ask(uniqueEmail('someone-else'))).status).toBe(202);
  });

  it('refuses a body that is not an email address, with a message', async () => {
    const bad = await ask('not an email');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toMatch(/valid email address/);
  });
});

describe('reminder emails (emailChannel)', () => {
  const publicOrigin = 'https://rekindle.example';
  const channelConfig = (): Config => ({
    ...loadConfig({ REKINDLE_SMTP_URL: smtp.url }),
    publicOrigin,
  });
  const deps = (config: Config = channelConfig()) => ({
    db: server.database.db,
    config,
    now: () => server.clock.now,
  });
  const job = (userId: string, key = `${userId}:check_in::2026-05-01:email`): DeliveryJob => ({
    key,
    userId,
    kind: 'check_in',
    title: 'Rekindle: a reminder for today',
    body: 'A moment for your daily check-in, whenever suits you.',
    link: '/checkin',
  });
  const expectedId = (key: string, host: string) =>
    `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`;

  async function confirmedPerson(emailOn = true) {
    const person = await signUp('reminded');
    expect((await confirm(person.token)).status).toBe(204);
    await server.database.db
      .insert(reminderSettings)
      .values({
        userId: person.id,
        settings: {
          ...defaultReminderSettings,
          channels: { ...defaultReminderSettings.channels, email: emailOn },
        },
      })
      .onConflictDoUpdate({
        target: reminderSettings.userId,
        set: {
          settings: {
            ...defaultReminderSettings,
            channels: { ...defaultReminderSettings.channels, email: emailOn },
          },
        },
      });
    return person;
  }

  async function emailSetting(userId: string) {
    const [row] = await server.database.db
      .select({ settings: reminderSettings.settings })
      .from(reminderSettings)
      .where(eq(reminderSettings.userId, userId));
    return (row?.settings as typeof defaultReminderSettings | undefined)?.channels.email;
  }

  it('sends to a confirmed address, with a Message-ID from the delivery key and one-click unsubscribe', async () => {
    const { email, id } = await confirmedPerson();
    const delivery = job(id);
    expect(await emailChannel(delivery, deps())).toEqual({ ok: true });
    const mail = await smtp.waitFor(mailTo(email, delivery.title));
    expect(mail.messageId).toBe(expectedId(delivery.key, 'rekindle.example'));
    expect(mail.text).toContain(delivery.body);
    expect(mail.text).toContain(`${publicOrigin}/checkin`);
    expect(mail.text).toContain(`${publicOrigin}/unsubscribe?token=`);
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https:\/\/rekindle\.example(\/api\/email\/unsubscribe\?token=[^>]+))>$/.exec(
      mail.headers.get('list-unsubscribe') ?? '',
    );
    expect(unsubscribe, mail.headers.get('list-unsubscribe')).not.toBeNull();

    // A repeat after a crash (the same key) carries the same Message-ID; another key, another.
    expect(await emailChannel(delivery, deps())).toEqual({ ok: true });
    const other = job(id, `${id}:check_in::2026-05-02:email`);
    expect(await emailChannel(other, deps())).toEqual({ ok: true });
    await smtp.waitFor(() => mailsTo(email, delivery.title).length === 3);
    expect(mailsTo(email, delivery.title).map((m) => m.messageId)).toEqual([
      expectedId(delivery.key, 'rekindle.example'),
      expectedId(delivery.key, 'rekindle.example'),
      expectedId(other.key, 'rekindle.example'),
    ]);

    // One click, as a mail provider does it: a POST with no browser Origin and no session.
    const provider = new Client(server.url, null);
    const clicked = await provider.post(unsubscribe![2]!, 'List-Unsubscribe=One-Click', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(clicked.status).toBe(204);
    expect(await emailSetting(id)).toBe(false);
    // Twice is fine too (a provider may retry).
    expect((await provider.post(unsubscribe![2]!, 'List-Unsubscribe=One-Click')).status).toBe(204);
    expect(await emailChannel(job(id, `${id}:milestone:30:2026-05-03:email`), deps())).toEqual({
      ok: false,
      retry: false,
      code: 'unsubscribed',
    });
  });

  it('the unsubscribe link in the text works from the web page (same origin), and a bad token is refused', async () => {
    const { email, id } = await confirmedPerson();
    expect(await emailChannel(job(id), deps())).toEqual({ ok: true });
    const mail = await smtp.waitFor(mailTo(email, 'Rekindle: a reminder for today'));
    const token = tokenIn(mail, '/unsubscribe');
    const page = new Client(server.url);
    const forged = `${id}.${'A'.repeat(43)}`;
    for (const bad of [forged, 'nonsense', `${token}x`]) {
      const refused = await page.post(`/api/email/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(refused.status, bad).toBe(400);
      expect(JSON.stringify(refused.json)).toMatch(/unsubscribe link is not complete/);
    }
    expect((await page.post('/api/email/unsubscribe')).status).toBe(400);
    expect(await emailSetting(id)).toBe(true);
    // A GET (a link scanner) changes nothing.
    expect((await page.get(`/api/email/unsubscribe?token=${encodeURIComponent(token)}`)).status).toBe(404);
    expect(await emailSetting(id)).toBe(true);
    expect((await page.post(`/api/email/unsubscribe?token=${encodeURIComponent(token)}`)).status).toBe(204);
    expect(await emailSetting(id)).toBe(false);
  });

  it('sends nothing to an unconfirmed address, or without a mail server', async () => {
    const { email, id } = await signUp('unconfirmed');
    expect(await emailChannel(job(id), deps())).toEqual({ ok: false, retry: false, code: 'unconfirmed' });
    const confirmed = await confirmedPerson();
    const noSmtp = { ...channelConfig(), smtp: undefined };
    expect(await emailChannel(job(confirmed.id), deps(noSmtp))).toEqual({
      ok: false,
      retry: false,
      code: 'no_smtp',
    });
    await settle();
    expect(mailsTo(email, 'Rekindle: a reminder for today')).toEqual([]);
    expect(mailsTo(confirmed.email, 'Rekindle: a reminder for today')).toEqual([]);
  });

  it('uses rekindle.invalid and the server address without a public URL', async () => {
    const { email, id } = await confirmedPerson();
    const config = { ...loadConfig({ REKINDLE_SMTP_URL: smtp.url, HOST: '127.0.0.1', PORT: '4123' }) };
    const delivery = job(id);
    expect(await emailChannel(delivery, deps(config))).toEqual({ ok: true });
    const mail = await smtp.waitFor(mailTo(email, delivery.title));
    expect(mail.messageId).toBe(expectedId(delivery.key, 'rekindle.invalid'));
    expect(mail.text).toContain('http://127.0.0.1:4123/checkin');
    expect(mail.headers.get('list-unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1:4123\/api\/email\/unsubscribe\?token=/,
    );
  });

  it('says whether to try again: a 4xx answer or no connection yes, a 5xx answer no', async () => {
    const { id } = await confirmedPerson();
    smtp.refuseNext(1, 451);
    expect(await emailChannel(job(id), deps())).toEqual({ ok: false, retry: true, code: 'smtp_451' });
    smtp.refuseNext(1, 550);
    expect(await emailChannel(job(id), deps())).toEqual({ ok: false, retry: false, code: 'smtp_550' });
    const nowhere = { ...channelConfig(), smtp: { url: 'smtp://127.0.0.1:1', from: 'r@example.org' } };
    const down = await emailChannel(job(id), deps(nowhere));
    expect(down).toMatchObject({ ok: false, retry: true });
  });
});

describe('without a mail server', () => {
  let plain: TestServer;
  beforeAll(async () => {
    plain = await startTestServer();
  });
  afterAll(() => plain.close());

  it('offers no reset by email, and says email is not set up', async () => {
    const client = new Client(plain.url);
    expect((await client.get('/api/auth/options')).json).toEqual({ resetByEmail: false });
    expect((await client.signup(uniqueEmail('offline'), password)).status).toBe(201);
    const resend = await client.post('/api/email/confirmation');
    expect(resend.status).toBe(409);
    expect(JSON.stringify(resend.json)).toMatch(/Email is not set up on this Rekindle server/);
    const reset = await new Client(plain.url).post('/api/auth/reset-request', { email: uniqueEmail() });
    expect(reset.status).toBe(409);
    expect(JSON.stringify(reset.json)).toMatch(/ask the person who runs it/);
  });
});

describe('when the mail server is down', () => {
  let broken: TestServer;
  const logged: string[] = [];
  beforeAll(async () => {
    const log = pino({ level: 'trace' }, { write: (line: string) => void logged.push(line) });
    broken = await startTestServer({ env: { REKINDLE_SMTP_URL: 'smtp://127.0.0.1:1' }, log });
  });
  afterAll(() => broken.close());

  it('signing up still works, sending again says to try later, and the log holds no address', async () => {
    const client = new Client(broken.url);
    const email = uniqueEmail('unlucky');
    expect((await client.signup(email, password)).status).toBe(201);
    const resend = await client.post('/api/email/confirmation');
    expect(resend.status).toBe(503);
    expect(JSON.stringify(resend.json)).toMatch(/try again in a few minutes/);
    expect((await new Client(broken.url).post('/api/auth/reset-request', { email })).status).toBe(202);
    await settle();
    const warnings = logged.filter((line) => /could not send/.test(line));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings.join('\n')).toMatch(/"code":"e(connection|socket)"/);
    expect(logged.join('\n')).not.toContain(email.split('@')[0]);
  });
});
