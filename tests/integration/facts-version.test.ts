import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/program/plan.ts';
import { dayIn } from '../../src/core/time/days.ts';
import { users } from '../../src/server/db/schema.ts';
import { factsStatement } from '../../src/server/features/program/queries.ts';
import type { Client } from '../support/client.ts';
import { reflectedPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

// Today is served from facts kept per person until their facts version moves (FactsCache). It
// must move with every change Today is derived from, and only then, so that a write that leaves
// Today as it was (an urge logged, a letter draft saved) is followed by a Today read from memory.

const server = testServerForFile();

async function person(scenario = 'they_ended') {
  const client = await reflectedPerson(server.url, server.clock.now, scenario, 10);
  const id = ((await client.get('/api/me')).json as { id: string }).id;
  const version = async () =>
    (await server.database.db.select({ v: users.factsVersion }).from(users).where(eq(users.id, id)))[0]!.v;
  return { client, version };
}
const today = async (client: Client) => (await client.get('/api/today')).json as Plan;

describe("Today's facts version", () => {
  it('stays when an urge is logged, and moves when what was written raises a concern', async () => {
    const { client, version } = await person();
    expect((await today(client)).safety.selfHarm).toBe(false);
    const before = await version();

    const urge = async (note: string) => {
      const saved = await client.post('/api/urges', { intensity: 7, trigger: 'night', note });
      expect(saved.status).toBe(201);
      return (saved.json as { id: string }).id;
    };
    await urge('Went for a walk.');
    expect(await version()).toBe(before);

    const dark = await urge("I don't see the point in living anymore");
    expect(await version()).toBeGreaterThan(before);
    // The Today kept before the signal is not served: help shows at once.
    expect((await today(client)).safety.selfHarm).toBe(true);

    // Deleting the entry deletes its signal, and Today follows.
    const moved = await version();
    expect((await client.request('DELETE', `/api/urges/${dark}`)).status).toBe(204);
    expect(await version()).toBeGreaterThan(moved);
    expect((await today(client)).safety.selfHarm).toBe(false);
  });

  it('moves with a check-in, and with a slip, which Today counts from', async () => {
    const { client, version } = await person();
    expect((await today(client)).noContact.days).toBe(10);
    const before = await version();
    expect((await client.post('/api/checkins', { mood: 3, sad: 8, desperate: 7, steady: 3 })).status).toBe(
      201,
    );
    const checkedIn = await version();
    expect(checkedIn).toBeGreaterThan(before);
    const slip = { kind: 'slip', on: dayIn(server.clock.now, 'UTC'), channel: 'text' };
    expect((await client.post('/api/contacts', slip)).status).toBe(201);
    expect(await version()).toBeGreaterThan(checkedIn);
    expect((await today(client)).noContact.days).toBe(0);
  });

  it('stays while the letter is drafted, and moves when it is marked sent', async () => {
    const { client, version } = await person('i_ended');
    expect((await client.put('/api/letter', { text: 'I am sorry for how I left.' })).status).toBe(200);
    const before = await version();
    expect((await client.put('/api/letter', { text: 'I am sorry for how I left things.' })).status).toBe(200);
    expect(await version()).toBe(before);
    const sent = await client.post('/api/letter/sent', { on: dayIn(server.clock.now, 'UTC') });
    expect(sent.status).toBe(200);
    expect(await version()).toBeGreaterThan(before);
  });

  it('is moved by every table the facts are read from, on insert, update and delete', async () => {
    const named = (pattern: RegExp) => [...factsStatement.text.matchAll(pattern)].map((m) => m[1]!);
    const ctes = named(/\bwith\s+([a-z_]+)\s+as\b/g);
    const tables = new Set(named(/\b(?:from|join)\s+([a-z_]+)\s+[a-z]\s/g).filter((t) => !ctes.includes(t)));
    // The statement reads these (a check on the pattern above, so it cannot find nothing).
    expect(tables).toContain('programs');
    expect(tables).toContain('safety_signals');
    const rows = (await server.database.db.execute(sql`
      select c.relname as "table", t.tgtype as "type" from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where not t.tgisinternal and t.tgfoid in (select oid from pg_proc where proname in ('facts_changed', 'letter_sent_changed'))`)) as unknown as {
      rows: { table: string; type: number }[];
    };
    // tgtype bits: 4 insert, 8 delete, 16 update.
    for (const table of tables) {
      const events = rows.rows.filter((r) => r.table === table).reduce((all, r) => all | r.type, 0);
      expect({ table, insert: !!(events & 4), update: !!(events & 16), delete: !!(events & 8) }).toEqual({
        table,
        insert: true,
        update: true,
        delete: true,
      });
    }
  });
});
