import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownedTables } from '../../src/server/db/owned-tables.ts';
import { users } from '../../src/server/db/schema.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function countOwnedRows(id: string) {
  const counts: Record<string, number> = {};
  for (const { name, table, userId } of ownedTables) {
    const [row] = await server.database.db.select({ n: count() }).from(table).where(eq(userId, id));
    counts[name] = row?.n ?? -1;
  }
  return counts;
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

  it('removes every row the person owned, ends the session, and frees the email', async () => {
    const client = new Client(server.url);
    const email = uniqueEmail();
    const id = ((await client.signup(email)).json as { id: string }).id;
    await new Client(server.url).login(email); // a second session on another device
    const other = new Client(server.url);
    await other.signup(uniqueEmail('other'));
    const otherId = ((await other.get('/api/me')).json as { id: string }).id;

    expect(Object.values(await countOwnedRows(id)).reduce((a, b) => a + b)).toBeGreaterThan(0);
    const res = await client.delete('/api/account', { password: 'a quiet walk by the river' });
    expect(res.status).toBe(204);

    expect(await countOwnedRows(id)).toEqual(Object.fromEntries(ownedTables.map((t) => [t.name, 0])));
    expect(await server.database.db.select().from(users).where(eq(users.id, id))).toEqual([]);
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await new Client(server.url).login(email)).status).toBe(401);
    expect((await new Client(server.url).signup(email)).status).toBe(201);
    // Someone else's data is untouched.
    expect((await countOwnedRows(otherId)).sessions).toBe(1);
  });
});

describe('password change and signing out everywhere', () => {
  it('changes the password, keeps this session, and ends every other one', async () => {
    const email = uniqueEmail();
    const here = new Client(server.url);
    await here.signup(email);
    const elsewhere = new Client(server.url);
    await elsewhere.login(email);
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
    const email = uniqueEmail();
    const one = new Client(server.url);
    await one.signup(email);
    const two = new Client(server.url);
    await two.login(email);
    expect((await one.post('/api/account/sign-out-everywhere')).status).toBe(204);
    expect((await one.get('/api/me')).status).toBe(401);
    expect((await two.get('/api/me')).status).toBe(401);
  });

  it('a token planted before sign-in is not the one that works after (no session fixation)', async () => {
    const email = uniqueEmail();
    await new Client(server.url).signup(email);
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
