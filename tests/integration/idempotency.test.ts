import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { idempotencyKeys } from '../../src/server/db/schema.ts';
import { type Client, uniqueEmail } from '../support/client.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const person = async () => (await signedUpPerson(server.url, uniqueEmail('outbox'))).client;
const urge = { intensity: 8, trigger: 'night', draft: 'I miss you so much', at: '2026-01-01T23:40:00.000Z' };
/** Sends the urge with this Idempotency-Key (and another body when given). */
const sendUrge = (client: Client, key: string, body: unknown = urge) =>
  client.post('/api/urges', body, { 'idempotency-key': key });
const urgesOf = async (client: Client) => (await client.get('/api/urges')).json as { id: string }[];
/** The urge sent (again) with `key` is answered 201, and the person has that one urge. */
async function expectWrittenNow(client: Client, key: string) {
  expect((await sendUrge(client, key)).status).toBe(201);
  expect(await urgesOf(client)).toHaveLength(1);
}

describe('a write sent again with the same Idempotency-Key', () => {
  it('the same write sent twice with one idempotency key creates one entry, and answers the same both times', async () => {
    const client = await person();
    const key = 'urge-5b1f0c7e-2f4d-4a57-9d51-0e3c1a2b7f11';
    const first = await sendUrge(client, key);
    expect(first.status).toBe(201);
    const again = await sendUrge(client, key);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const listed = await urgesOf(client);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.id).toBe((first.json as { id: string }).id);
  });

  it('a different key creates a second entry', async () => {
    const client = await person();
    await sendUrge(client, 'first-key-0001');
    const second = await sendUrge(client, 'second-key-0002');
    expect(second.status).toBe(201);
    expect(await urgesOf(client)).toHaveLength(2);
  });

  it('another person’s same key is their own', async () => {
    const alice = await person();
    const bob = await person();
    const key = 'shared-looking-key-123';
    const mine = await sendUrge(alice, key);
    const theirs = await sendUrge(bob, key, { ...urge, draft: 'Bob’s own words' });
    expect(theirs.status).toBe(201);
    expect((theirs.json as { id: string }).id).not.toBe((mine.json as { id: string }).id);
    expect(theirs.json).toMatchObject({ draft: 'Bob’s own words' });
    expect(await urgesOf(alice)).toHaveLength(1);
    expect(await urgesOf(bob)).toHaveLength(1);
  });

  it('the same key with a different body is refused with 422 and writes nothing', async () => {
    const client = await person();
    await sendUrge(client, 'reused-key-0001');
    const other = await sendUrge(client, 'reused-key-0001', { ...urge, intensity: 3 });
    expect(other.status).toBe(422);
    expect(other.json).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringContaining('Idempotency-Key') },
    });
    expect(await urgesOf(client)).toHaveLength(1);
  });

  it('a refused write keeps nothing: the corrected retry with the same key is written', async () => {
    const client = await person();
    const bad = await sendUrge(client, 'retry-after-422', { ...urge, intensity: 99 });
    expect(bad.status).toBe(422);
    expect(await urgesOf(client)).toHaveLength(0);
    await expectWrittenNow(client, 'retry-after-422');
  });

  it('a key that is not a key is a clear 400, and nothing is written', async () => {
    const client = await person();
    const res = await sendUrge(client, 'short');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { message: expect.stringContaining('Idempotency-Key') } });
    expect(await urgesOf(client)).toHaveLength(0);
  });

  it('a body past the size limit is still a 413 with a key, and the key stays free', async () => {
    const client = await person();
    const big = JSON.stringify({ ...urge, note: 'x'.repeat(1024 * 1024 + 10) });
    const res = await client.post('/api/urges', big, {
      'idempotency-key': 'too-big-body-01',
      'content-type': 'application/json',
    });
    expect(res.status).toBe(413);
    await expectWrittenNow(client, 'too-big-body-01');
  });

  it('without the header every send is its own entry', async () => {
    const client = await person();
    await client.post('/api/urges', urge);
    await client.post('/api/urges', urge);
    expect(await urgesOf(client)).toHaveLength(2);
  });

  it('two sends of one key at the same moment still make one entry', async () => {
    const client = await person();
    const sends = await Promise.all([1, 2, 3].map(() => sendUrge(client, 'at-the-same-moment')));
    // Each is the entry (201) or "still being saved, try again" (409); never a second entry.
    for (const res of sends) expect([201, 409]).toContain(res.status);
    expect(await urgesOf(client)).toHaveLength(1);
    await expectWrittenNow(client, 'at-the-same-moment');
  });

  it('once the entry is deleted, its kept answer no longer holds its words, and a retry does not bring it back', async () => {
    const client = await person();
    const key = 'deleted-later-key-01';
    const first = await sendUrge(client, key);
    const id = (first.json as { id: string }).id;
    expect((await client.delete(`/api/urges/${id}`)).status).toBe(204);
    const retry = await sendUrge(client, key);
    expect(retry.status).toBe(410);
    expect(retry.text).not.toContain(urge.draft);
    expect(await urgesOf(client)).toHaveLength(0);
    const me = (await client.get('/api/me')).json as { id: string };
    const kept = await server.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.userId, me.id));
    expect(kept.map((row) => row.body).join('')).not.toContain(urge.draft);
  });

  it('keys are not exported, and go with the account', async () => {
    const client = await person();
    const me = (await client.get('/api/me')).json as { id: string };
    await sendUrge(client, 'goes-with-account');
    const mine = () =>
      server.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.userId, me.id));
    expect(await mine()).toHaveLength(1);
    const exported = (await client.get('/api/export')).json as { tables: Record<string, unknown> };
    expect(Object.keys(exported.tables)).toContain('urges');
    expect(Object.keys(exported.tables)).not.toContain('idempotency_keys');
    expect((await client.delete('/api/account', { password: 'a quiet walk by the river' })).status).toBe(204);
    expect(await mine()).toEqual([]);
  });
});
