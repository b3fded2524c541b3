import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayIn } from '../../src/core/time/days.ts';
import { createResetToken } from '../../src/server/auth/reset-tokens.ts';
import { ownedTables } from '../../src/server/db/owned-tables.ts';
import { users } from '../../src/server/db/schema.ts';
import { defaultReminderSettings } from '../../src/shared/api/reminders.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { personReadyForTheTalk, signedInTwice, signedUpPerson } from '../support/people.ts';
import { type PushService, startPushService } from '../support/push-service.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { startTestServer, type TestServer, testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

/** How many rows the person has in each table a person owns (from the schema: owned-tables.ts). */
async function countOwnedRows(on: TestServer, id: string) {
  const counts: Record<string, number> = {};
  for (const { name, table, userId } of ownedTables) {
    const [row] = await on.database.db.select({ n: count() }).from(table).where(eq(userId, id));
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

/** Every table with a `user_id` column in the migrated database, by name. */
async function tablesWithUserId(on: TestServer) {
  const result = (await on.database.db.execute(sql`
    select table_name as name from information_schema.columns
    where table_schema = current_schema() and column_name = 'user_id'
    order by table_name
  `)) as unknown as { rows: { name: string }[] };
  return result.rows.map((r) => r.name);
}

const minute = 60_000;
const hhmm = (at: Date) => at.toISOString().slice(11, 16);

/**
 * Someone with at least one row in every table a person owns, each made through the API as they
 * would make it (a reset token as the operator's `rekindle user reset-link` makes it: no route
 * does). Their check-in reminder falls due five minutes on; deliverReminders brings it.
 */
async function ownerOfEverything(on: TestServer, smtp: TestSmtp, push: PushService) {
  const email = uniqueEmail('everything');
  const today = dayIn(on.clock.now, 'UTC');
  // A program, a problem, the reflection, a check-in, a first contact and outings; a session.
  const client = await personReadyForTheTalk(on.url, on.clock.now, email);
  // The confirmation email sent at sign-up: its token is kept until the link is used.
  await smtp.waitFor((m) => m.to.includes(email));
  const { id } = (await client.get('/api/me')).json as { id: string };
  const elsewhere = new Client(on.url);
  await elsewhere.login(email); // a second session, on another device
  const ok = (res: { status: number; text: string }, what: string) =>
    expect(res.status, `${what}: ${res.text}`).toBeLessThan(300);

  ok(await client.post('/api/talk', { on: today, outcome: 'not_yet' }), 'the talk');
  const [problem] = (await client.get('/api/problems')).json as { id: string }[];
  ok(await client.put(`/api/talk/notes/${problem!.id}`, { changed: 'I plan weekends now.' }), 'a talk note');
  ok(
    await client.post(
      '/api/urges',
      { intensity: 6, trigger: 'night', draft: 'the draft I kept' },
      { 'idempotency-key': `everything-${id}` },
    ),
    'an urge, sent with an idempotency key',
  );
  ok(await client.post('/api/contacts', { kind: 'slip', on: today, channel: 'text' }), 'a contact');
  ok(
    await client.put('/api/no-contact/rules', {
      stoppedMessaging: true,
      mutedSocial: false,
      noCalls: true,
      noMeetups: true,
    }),
    'no-contact rules',
  );
  ok(await client.put('/api/letter', { text: 'A first draft.' }), 'the letter');
  on.clock.advance(11 * minute);
  ok(await client.put('/api/letter', { text: 'A second draft.' }), 'the letter again (keeps a version)');
  ok(await client.post('/api/activities', { category: 'move', what: 'a walk', on: today }), 'an activity');
  ok(await client.post('/api/journal', { text: 'some nights I want to die' }), 'a journal entry (a signal)');
  ok(await client.put('/api/safety-plan', { reasonsToLive: 'My friends.' }), 'the safety plan');
  ok(await client.post('/api/push/subscriptions', push.device().subscription), 'a push subscription');
  ok(
    await client.put('/api/reminders', {
      ...defaultReminderSettings,
      checkIn: { enabled: true, at: hhmm(new Date(on.clock.now.getTime() + 5 * minute)) },
      quietHours: null,
      channels: { inApp: true, push: true, email: false },
    }),
    'reminder settings',
  );
  await createResetToken(on.database.db, id, on.clock.now);
  return { client, elsewhere, id, email };
}

/** Past everyone's check-in time: one worker pass makes the notifications and their deliveries. */
async function deliverReminders(on: TestServer) {
  on.clock.advance(6 * minute);
  await on.workReminders();
}

describe('export', () => {
  it('holds the account and its rows, and nothing of anyone else', async () => {
    const alice = new Client(server.url);
    const aliceEmail = uniqueEmail('alice');
    const aliceId = ((await alice.signup(aliceEmail)).json as { id: string }).id;
    const bob = new Client(server.url);
    const bobEmail = uniqueEmail('bob');
    const bobId = ((await bob.signup(bobEmail)).json as { id: string }).id;

    const res = await alice.get('/api/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="rekindle-export-/);
    expect(res.json).toMatchObject({
      format: 'rekindle-export',
      version: 1,
      account: { id: aliceId, email: aliceEmail },
    });
    expect(res.text).not.toContain(bobId);
    expect(res.text).not.toContain(bobEmail);
    expect(res.text).not.toMatch(/password|\$argon2|token/i);
  });

  it('needs a session', async () => {
    expect((await new Client(server.url).get('/api/export')).status).toBe(401);
  });
});

describe('delete account', () => {
  it('keeps everything when the password is wrong', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail();
    await client.signup(email);
    const res = await client.delete('/api/account', { password: 'not my password at all' });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      error: { code: 'wrong_password', message: expect.stringContaining('nothing was deleted') },
    });
    expect((await client.get('/api/me')).status).toBe(200);
  });

  describe('of someone who has a row in every table a person owns', () => {
    // Its own server, with email (a confirmation token at sign-up) and a push service (a device
    // to deliver reminders to), so that every owned table can be given a row.
    let full: TestServer;
    let smtp: TestSmtp;
    let push: PushService;
    beforeAll(async () => {
      [smtp, push] = await Promise.all([startTestSmtp(), startPushService()]);
      full = await startTestServer({
        env: { REKINDLE_SMTP_URL: smtp.url, REKINDLE_MAIL_FROM: 'Rekindle <rekindle@example.org>' },
      });
    });
    afterAll(async () => {
      await full.close();
      await Promise.all([smtp.close(), push.close()]);
    });

    it('removes every row the person owned, ends the session, frees the email, and leaves others alone', async () => {
      const person = await ownerOfEverything(full, smtp, push);
      const other = await ownerOfEverything(full, smtp, push);
      await deliverReminders(full);

      // The owned tables come from the schema; none may exist only in a migration.
      expect(await tablesWithUserId(full)).toEqual(ownedTables.map((t) => t.name).sort());
      const before = await countOwnedRows(full, person.id);
      const otherBefore = await countOwnedRows(full, other.id);
      const empty = (counts: Record<string, number>) =>
        Object.entries(counts)
          .filter(([, n]) => n === 0)
          .map(([name]) => name);
      expect(empty(before), 'owned tables this test gave the person no row in').toEqual([]);
      expect(empty(otherBefore), 'owned tables this test gave the other person no row in').toEqual([]);

      const res = await person.client.delete('/api/account', { password: 'a quiet walk by the river' });
      expect(res.status).toBe(204);

      expect(await countOwnedRows(full, person.id)).toEqual(
        Object.fromEntries(ownedTables.map((t) => [t.name, 0])),
      );
      expect(await full.database.db.select().from(users).where(eq(users.id, person.id))).toEqual([]);
      expect((await person.client.get('/api/me')).status).toBe(401);
      expect((await person.elsewhere.get('/api/me')).status).toBe(401);
      expect((await new Client(full.url).login(person.email)).status).toBe(401);
      expect((await new Client(full.url).signup(person.email)).status).toBe(201);
      // Someone else's data is untouched.
      expect(await countOwnedRows(full, other.id)).toEqual(otherBefore);
      expect((await other.client.get('/api/me')).status).toBe(200);
    });
  });
});

describe('password change and signing out everywhere', () => {
  it('changes the password, keeps this session, and ends every other one', async () => {
    const { here, elsewhere, email } = await signedInTwice(server.url);
    const wrong = await here.post('/api/account/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new evening walk',
    });
    expect(wrong.status).toBe(403);
    const weak = await here.post('/api/account/password', {
      currentPassword: 'a quiet walk by the river',
      newPassword: 'password123',
    });
    expect(weak.status).toBe(422);
    const ok = await here.post('/api/account/password', {
      currentPassword: 'a quiet walk by the river',
      newPassword: 'a brand new evening walk',
    });
    expect(ok.status).toBe(200);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await new Client(server.url).login(email)).status).toBe(401);
    expect((await new Client(server.url).login(email, 'a brand new evening walk')).status).toBe(200);
  });

  it('signs out every device, this one included', async () => {
    const { here: one, elsewhere: two } = await signedInTwice(server.url);
    expect((await one.post('/api/account/sign-out-everywhere')).status).toBe(204);
    expect((await one.get('/api/me')).status).toBe(401);
    expect((await two.get('/api/me')).status).toBe(401);
  });

  it('a token planted before sign-in is not the one that works after (no session fixation)', async () => {
    const { email } = await signedUpPerson(server.url);
    const victim = new Client(server.url);
    victim.cookie = 'rekindle_session=planted-by-an-attacker-0123456789abcdef';
    await victim.login(email);
    expect(victim.cookie).not.toContain('planted-by-an-attacker');
    const attacker = new Client(server.url);
    attacker.cookie = 'rekindle_session=planted-by-an-attacker-0123456789abcdef';
    expect((await attacker.get('/api/me')).status).toBe(401);
  });
});

describe('import of an export into a new account', () => {
  const strip = (exported: unknown) => {
    const { tables } = exported as { tables: Record<string, Record<string, unknown>[]> };
    // Ids, owners and bookkeeping times differ by design; everything a person wrote must match.
    const drop = new Set(['id', 'userId', 'problemId', 'createdAt', 'updatedAt']);
    return Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => [
        name,
        rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !drop.has(key)))),
      ]),
    );
  };

  it('moves everything a person wrote into an empty account, and only into an empty one', async () => {
    const from = new Client(server.url);
    await from.signup(uniqueEmail('from'));
    await from.put('/api/program', {
      scenario: 'they_ended',
      exName: 'Kim',
      exPronouns: 'she',
      endedOn: '2026-01-01',
      lastContactOn: '2026-01-03',
      timeZone: 'Europe/Paris',
    });
    const problem = (
      await from.post('/api/problems', {
        text: 'We never planned anything.',
        whosePart: 'both',
        fixable: true,
      })
    ).json as { id: string };
    await from.put(`/api/talk/notes/${problem.id}`, { changed: 'I plan weekends now.' });
    await from.put('/api/reflection', {
      treatedWell: 'yes',
      feltGood: 'mixed',
      feltSafe: 'yes',
      decision: 'not_sure',
    });
    await from.post('/api/urges', { intensity: 7, trigger: 'night', draft: 'the draft I kept' });
    await from.post('/api/journal', { text: 'First week, hard.' });
    await from.put('/api/no-contact/rules', {
      stoppedMessaging: true,
      mutedSocial: false,
      noCalls: true,
      noMeetups: true,
    });
    const exported = (await from.get('/api/export')).json;

    const to = new Client(server.url);
    await to.signup(uniqueEmail('to'));
    const res = await to.post('/api/import', exported);
    expect(res.status).toBe(200);
    expect((res.json as { imported: number }).imported).toBeGreaterThanOrEqual(7);
    expect(strip((await to.get('/api/export')).json)).toEqual(strip(exported));
    expect(((await to.get('/api/talk/notes')).json as { changed: string }[])[0]?.changed).toBe(
      'I plan weekends now.',
    );
    expect((await to.get('/api/today')).json).toMatchObject({ ex: { name: 'Kim' } });

    const again = await to.post('/api/import', exported);
    expect(again.status).toBe(409);
    const fresh = new Client(server.url);
    await fresh.signup(uniqueEmail('fresh'));
    expect(
      (await fresh.post('/api/import', { format: 'something-else', version: 1, tables: {} })).json,
    ).toEqual({
      error: { code: 'invalid_input', message: 'This is not a Rekindle export file.' },
    });
    const broken = {
      ...(exported as object),
      tables: { urges: [{ intensity: 99, trigger: 'night', at: '2026-01-01T00:00:00Z' }] },
    };
    expect((await fresh.post('/api/import', broken)).status).toBe(422);
    expect((await fresh.get('/api/urges')).json).toEqual([]);
  });
});
