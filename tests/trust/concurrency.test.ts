import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { withAccountLock } from '../../src/server/db/lock-account.ts';
import { runIn } from '../../src/server/db/run-in.ts';
import { problems, talks } from '../../src/server/db/schema.ts';
import { loadFacts } from '../../src/server/features/program/queries.ts';
import { ApiError } from '../../src/server/http/api-error.ts';
import type { Client } from '../support/client.ts';
import { personReadyForTheTalk, reflectedPerson } from '../support/people.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * One-only rules and caps under requests in flight at once. The embedded database runs one query
 * at a time, so there these hold by construction; on PostgreSQL (a pool of connections) a rule that
 * reads and then writes lets several requests through unless the write serialises them.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const figures = { rules: 0, requests: 0, extraRows: 0, serverErrors: 0 };
afterAll(async () => {
  console.log(
    `concurrency: rules tried ${figures.rules}, concurrent requests ${figures.requests}, ` +
      `extra rows created ${figures.extraRows}, 500s ${figures.serverErrors}`,
  );
  await server.close();
});

const today = () => dayIn(server.clock.now, 'UTC');
const at = (day: string) => new Date(`${day}T10:00:00Z`).toISOString();
const steady = { mood: 7, sad: 3, desperate: 2, steady: 7, wantBack: 'yes' };

/** Fires every request at once and tallies the statuses; 500s are counted for the figure line. */
async function burst(requests: (() => Promise<{ status: number }>)[]) {
  figures.rules += 1;
  figures.requests += requests.length;
  const statuses = (await Promise.all(requests.map((send) => send()))).map((r) => r.status);
  figures.serverErrors += statuses.filter((s) => s >= 500).length;
  const tally = (status: number) => statuses.filter((s) => s === status).length;
  return { statuses, tally };
}

const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

async function userIdOf(client: Client) {
  return ((await client.get('/api/me')).json as { id: string }).id;
}

const readyForTheTalk = () => personReadyForTheTalk(server.url, server.clock.now);

/** How many rows of `table` the person has; those past `allowed` count for the figure line. */
async function storedRows(table: typeof talks | typeof problems, userId: string, allowed: number) {
  const [row] = await server.database.db.select({ n: count() }).from(table).where(eq(table.userId, userId));
  const stored = row?.n ?? 0;
  figures.extraRows += Math.max(0, stored - allowed);
  return stored;
}

async function positions(client: Client) {
  return ((await client.get('/api/problems')).json as { position: number }[]).map((p) => p.position);
}

/** Stored straight into the table: a long list is set up in one statement, not a hundred requests. */
async function addProblems(userId: string, n: number, from = 1) {
  const now = server.clock.now;
  await server.database.db.insert(problems).values(
    times(n, (i) => ({
      userId,
      text: `Problem ${i}`,
      whosePart: 'both' as const,
      fixable: true,
      position: from + i,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

describe('one-only rules hold under concurrent requests', () => {
  it('marks the letter sent once', async () => {
    // Three people at once: more requests in flight, so an unguarded rule fails every run.
    const people = await Promise.all(
      times(3, () => reflectedPerson(server.url, server.clock.now, 'i_ended', 40)),
    );
    for (const client of people) await client.put('/api/letter', { text: 'I am sorry for how I ended it.' });
    const { statuses, tally } = await burst(
      people.flatMap((client) => times(20, () => () => client.post('/api/letter/sent', { on: today() }))),
    );
    figures.extraRows += Math.max(0, tally(200) - people.length);
    expect(tally(200), statuses.join(' ')).toBe(people.length);
    expect(tally(409)).toBe(57);
  });

  it('records one first message', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    await client.post('/api/checkins', { ...steady, at: at(addDays(today(), -3)) });
    const { statuses, tally } = await burst(
      times(
        20,
        (i) => () =>
          client.post('/api/first-contact', { text: `Hi (${i})`, channel: 'text', sentAt: at(today()) }),
      ),
    );
    figures.extraRows += Math.max(0, tally(201) - 1);
    expect(tally(201), statuses.join(' ')).toBe(1);
    expect(tally(409)).toBe(19);
  });

  it('records one talk that ends the program', async () => {
    const client = await readyForTheTalk();
    const userId = await userIdOf(client);
    const { statuses, tally } = await burst(
      times(20, () => () => client.post('/api/talk', { on: today(), outcome: 'back_together' })),
    );
    expect(await storedRows(talks, userId, 1), statuses.join(' ')).toBe(1);
    expect(tally(201)).toBe(1);
    expect(tally(409)).toBe(19);
  });

  it('keeps problems added at one position in one order', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    await addProblems(await userIdOf(client), 4);
    const { statuses, tally } = await burst(
      times(
        20,
        (i) => () =>
          client.post('/api/problems', { text: `Added ${i}`, whosePart: 'mine', fixable: true, position: 1 }),
      ),
    );
    expect(tally(201), statuses.join(' ')).toBe(20);
    const stored = await positions(client);
    figures.extraRows += stored.length - new Set(stored).size;
    expect(stored).toEqual(times(25, (i) => i));
  });

  it('keeps the order whole while problems are moved, added and deleted at once', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    await addProblems(await userIdOf(client), 29);
    const ids = ((await client.get('/api/problems')).json as { id: string }[]).map((p) => p.id);
    const { statuses } = await burst([
      // Moves in both directions over overlapping ranges: the shape that deadlocked.
      ...times(
        14,
        (i) => () => client.request('PATCH', `/api/problems/${ids[i]}`, { position: (i * 7 + 13) % 30 }),
      ),
      ...times(4, (i) => () => client.delete(`/api/problems/${ids[20 + i]}`)),
      ...times(
        3,
        (i) => () =>
          client.post('/api/problems', { text: `Added ${i}`, whosePart: 'mine', fixable: true, position: 2 }),
      ),
    ]);
    expect(
      statuses.filter((s) => s >= 300),
      statuses.join(' '),
    ).toEqual([]);
    const stored = await positions(client);
    figures.extraRows += stored.length - new Set(stored).size;
    expect(stored).toEqual(times(29, (i) => i));
  });

  it('keeps the problem list at its cap of 100', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    const userId = await userIdOf(client);
    await addProblems(userId, 94); // with the one reflectedPerson wrote: 95
    const { statuses, tally } = await burst(
      times(
        20,
        (i) => () =>
          client.post('/api/problems', { text: `One more ${i}`, whosePart: 'mine', fixable: true }),
      ),
    );
    expect(await storedRows(problems, userId, 100), statuses.join(' ')).toBe(100);
    expect(tally(201)).toBe(5);
    expect(tally(409)).toBe(15);
  });

  it('keeps one safety plan, saved whole', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    const { statuses, tally } = await burst(
      times(
        20,
        (i) => () => client.put('/api/safety-plan', { warningSigns: `Sign ${i}`, onMyOwn: `Walk ${i}` }),
      ),
    );
    expect(tally(200), statuses.join(' ')).toBe(20);
    const plan = (await client.get('/api/safety-plan')).json as { warningSigns: string; onMyOwn: string };
    expect(plan.onMyOwn.slice(5)).toBe(plan.warningSigns.slice(5));
  });
});

describe('changes to one entry at the same moment', () => {
  it('keeps both when they change different fields', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    const made = await client.post('/api/outings', {
      on: addDays(today(), -3),
      what: 'Walk',
      feeling: 3,
      keptLight: true,
      pushedNextPlan: false,
    });
    const { id } = made.json as { id: string };
    const { tally } = await burst([
      ...times(10, () => () => client.request('PATCH', `/api/outings/${id}`, { note: 'It went fine' })),
      ...times(10, () => () => client.request('PATCH', `/api/outings/${id}`, { feeling: 5 })),
    ]);
    expect(tally(200)).toBe(20);
    const outing = (await client.get(`/api/outings/${id}`)).json as { note: string | null; feeling: number };
    expect(outing).toMatchObject({ note: 'It went fine', feeling: 5 });
  });
});

describe('the account lock', () => {
  it('judges facts inside its transaction as the pool does', async () => {
    const client = await readyForTheTalk();
    const userId = await userIdOf(client);
    const { db, run } = server.database;
    const fromPool = await loadFacts(run, userId);
    const inside = await withAccountLock(db, userId, (tx) => loadFacts(runIn(tx), userId));
    expect(inside).toEqual(fromPool);
    // A `$2` in a string or a comment is text, not a placeholder.
    const rows = await withAccountLock(db, userId, (tx) =>
      runIn(tx)<{ n: number; s: string }>(
        { name: 'x', types: ['int4'], text: `select $1::int + 1 as n, '$2' as s -- not $2` },
        [41],
      ),
    );
    expect(rows).toEqual([{ n: 42, s: '$2' }]);
  });

  it('runs a write that lost a race again, and answers 409 when it keeps losing', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 40);
    const userId = await userIdOf(client);
    // As Drizzle wraps them: the driver's error, with PostgreSQL's code, as the cause.
    const deadlock = () =>
      new Error('Failed query', { cause: Object.assign(new Error('deadlock'), { code: '40P01' }) });
    let tries = 0;
    const once = await withAccountLock(server.database.db, userId, async () => {
      tries += 1;
      if (tries === 1) throw deadlock();
      return 'saved';
    });
    expect([once, tries]).toEqual(['saved', 2]);
    const always = withAccountLock(server.database.db, userId, async () => {
      throw deadlock();
    });
    await expect(always).rejects.toBeInstanceOf(ApiError);
    await expect(always).rejects.toMatchObject({ status: 409, code: 'conflict' });
  });
});
