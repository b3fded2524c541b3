import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/program/plan.ts';
import { detectorVersion } from '../../src/core/safety/screen.ts';
import {
  checkins,
  journalEntries,
  problems,
  reflections,
  safetyScreening,
  safetySignals,
  talkNotes,
  users,
} from '../../src/server/db/schema.ts';
import { rescreen } from '../../src/server/features/safety/rescreen.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { reflectedPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const dayMs = 24 * 60 * 60 * 1000;
const selfHarmText = "I don't see the point in living anymore";
const abuseText = 'he choked me and said nobody would believe me';

const person = () => reflectedPerson(server.url, server.clock.now, 'they_ended', 10);
const safety = async (client: Client) => ((await client.get('/api/today')).json as Plan).safety;
const today = async (client: Client) => (await client.get('/api/today')).json as Plan;
const created = async (res: Promise<{ status: number; json: unknown }>) => {
  const { status, json } = await res;
  expect(status).toBe(201);
  return (json as { id: string }).id;
};
const answer = (client: Client, id: string, value: string) =>
  client.post(`/api/safety/signals/${id}/answer`, { answer: value });

describe('self-harm in what a person writes', () => {
  it('a journal entry keeps help in view until the person answers', async () => {
    const client = await person();
    expect(await safety(client)).toEqual({
      concern: false,
      confirmed: false,
      selfHarm: false,
      gentle: false,
      signals: [],
    });
    await created(client.post('/api/journal', { text: selfHarmText }));
    const seen = await safety(client);
    expect(seen.selfHarm).toBe(true);
    expect(seen.signals).toEqual([
      {
        id: expect.any(String),
        kind: 'self_harm',
        source: 'journal',
        tier: expect.any(String),
        foundAt: server.clock.now.toISOString(),
      },
    ]);
    expect((await answer(client, seen.signals[0]!.id, 'safe_now')).json).toMatchObject({
      answer: 'safe_now',
      answeredAt: server.clock.now.toISOString(),
    });
    expect(await safety(client)).toMatchObject({ selfHarm: false, signals: [] });
  });

  it('an urge draft is screened too, and "not what I meant" answers it', async () => {
    const client = await person();
    await created(
      client.post('/api/urges', {
        intensity: 8,
        trigger: 'night',
        draft: 'i just want to go to sleep and never wake up',
      }),
    );
    const seen = await safety(client);
    expect(seen).toMatchObject({ selfHarm: true, signals: [{ kind: 'self_harm', source: 'urge' }] });
    expect((await answer(client, seen.signals[0]!.id, 'not_meant')).status).toBe(200);
    expect(await safety(client)).toMatchObject({ selfHarm: false, signals: [] });
  });

  it('editing the text away removes its signal, and so does deleting the entry', async () => {
    const client = await person();
    const edited = await created(client.post('/api/journal', { text: selfHarmText }));
    const deleted = await created(client.post('/api/journal', { text: 'some nights I want to die' }));
    expect((await safety(client)).signals.map((s) => s.source)).toEqual(['journal', 'journal']);
    const patch = await client.request('PATCH', `/api/journal/${edited}`, {
      text: 'A long walk helped today.',
    });
    expect(patch.status).toBe(200);
    expect((await safety(client)).signals).toHaveLength(1);
    expect((await client.delete(`/api/journal/${deleted}`)).status).toBe(204);
    expect(await safety(client)).toMatchObject({ selfHarm: false, signals: [] });
  });

  it('an answer is kept while the entry is edited and still says it', async () => {
    const client = await person();
    const id = await created(client.post('/api/journal', { text: selfHarmText }));
    const [signal] = (await safety(client)).signals;
    await answer(client, signal!.id, 'safe_now');
    await client.request('PATCH', `/api/journal/${id}`, { text: `${selfHarmText}. Still.` });
    expect(await safety(client)).toMatchObject({ selfHarm: false, signals: [] });
  });

  it('an edit that says something graver (a plan, where there was a thought) asks again', async () => {
    const client = await person();
    const id = await created(
      client.post('/api/journal', { text: 'everyone would be better off without me' }),
    );
    const [signal] = (await safety(client)).signals;
    expect((await answer(client, signal!.id, 'not_meant')).status).toBe(200);
    expect((await safety(client)).selfHarm).toBe(false);
    await client.request('PATCH', `/api/journal/${id}`, {
      text: 'I have been saving up my sleeping pills for a bad night',
    });
    expect(await safety(client)).toMatchObject({
      selfHarm: true,
      signals: [{ kind: 'self_harm', source: 'journal', tier: 'means' }],
    });
  });

  it('a direct "yes" on the emotion check cannot be put away as a misreading', async () => {
    const client = await person();
    await created(
      client.post('/api/checkins', { mood: 3, sad: 8, desperate: 7, steady: 2, darkThoughts: 'yes' }),
    );
    const [signal] = (await safety(client)).signals;
    const refused = await answer(client, signal!.id, 'not_meant');
    expect(refused.status).toBe(422);
    expect((refused.json as { error: { message: string } }).error.message).toMatch(/safe_now/);
    expect((await answer(client, signal!.id, 'safe_now')).status).toBe(200);
    expect((await safety(client)).selfHarm).toBe(false);
  });

  it('"yes" to dark thoughts on a check-in is a self-harm signal; "no" takes it back', async () => {
    const client = await person();
    const id = await created(
      client.post('/api/checkins', { mood: 3, sad: 8, desperate: 7, steady: 2, darkThoughts: 'yes' }),
    );
    expect((await client.get(`/api/checkins/${id}`)).json).toMatchObject({ darkThoughts: 'yes' });
    expect(await safety(client)).toMatchObject({
      selfHarm: true,
      signals: [{ kind: 'self_harm', source: 'checkin', tier: 'asked' }],
    });
    await client.request('PATCH', `/api/checkins/${id}`, { darkThoughts: 'no' });
    expect(await safety(client)).toMatchObject({ selfHarm: false, signals: [] });
  });

  it('the reflection, the letter, talk notes and the rest are screened as they are written', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'i_ended', 10);
    await client.put('/api/reflection', { selfWork: 'some nights I want to die' });
    await client.put('/api/letter', { text: `I am sorry. ${selfHarmText}.` });
    const problem = await created(
      client.post('/api/problems', { text: 'We argued about money.', whosePart: 'both', fixable: true }),
    );
    await client.put(`/api/talk/notes/${problem}`, { changed: selfHarmText });
    await created(
      client.post('/api/activities', {
        category: 'care',
        what: 'a bath',
        on: (await today(client)).today,
        note: selfHarmText,
      }),
    );
    const sources = (await safety(client)).signals.map((s) => s.source).sort();
    expect(sources).toEqual(['activity', 'letter', 'reflection', 'talk_note']);
    // Deleting a problem takes its talk notes, and their signals, with it.
    expect((await client.delete(`/api/problems/${problem}`)).status).toBe(204);
    expect((await safety(client)).signals.map((s) => s.source).sort()).toEqual([
      'activity',
      'letter',
      'reflection',
    ]);
  });

  it('ordinary heartbreak is not a signal', async () => {
    const client = await person();
    await created(client.post('/api/journal', { text: 'I miss him so much, cried all day' }));
    expect(await safety(client)).toMatchObject({ selfHarm: false, concern: false, signals: [] });
  });
});

describe('abuse in what a person writes', () => {
  it('asks instead of switching the path; "yes" makes it a concern and the healing path', async () => {
    const client = await person();
    await created(client.post('/api/problems', { text: abuseText, whosePart: 'theirs', fixable: false }));
    const asked = await today(client);
    expect(asked.stage).toBe('no_contact');
    expect(asked.safety).toMatchObject({
      concern: false,
      selfHarm: false,
      signals: [{ kind: 'abuse', source: 'problem' }],
    });
    const id = asked.safety.signals[0]!.id;
    const wrong = await answer(client, id, 'safe_now');
    expect(wrong.status).toBe(422);
    expect(wrong.json).toEqual({
      error: { code: 'invalid_input', message: expect.stringContaining('"yes"') },
    });
    expect((await answer(client, id, 'yes')).status).toBe(200);
    expect(await today(client)).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'safety',
      safety: { concern: true, confirmed: false, signals: [] },
      nextAction: { href: '/safety' },
    });
  });

  it('"not what I meant" dismisses it', async () => {
    const client = await person();
    await created(client.post('/api/journal', { text: abuseText }));
    const [signal] = (await safety(client)).signals;
    expect((await answer(client, signal!.id, 'not_meant')).status).toBe(200);
    expect(await today(client)).toMatchObject({
      stage: 'no_contact',
      safety: { concern: false, signals: [] },
    });
  });

  it('"felt safe: mixed" is gentle, not a concern', async () => {
    const client = await person();
    await client.put('/api/reflection', { feltSafe: 'mixed' });
    expect(await safety(client)).toMatchObject({ concern: false, gentle: true });
  });
});

describe('the choice to continue despite a safety concern', () => {
  it('holds for 30 days, and not past a newer abuse signal', async () => {
    const client = await person();
    await client.put('/api/reflection', { feltSafe: 'no' });
    expect((await client.post('/api/safety-confirmation', { confirmed: true })).status).toBe(200);
    expect(await today(client)).toMatchObject({
      stage: 'no_contact',
      safety: { concern: true, confirmed: true },
    });

    server.clock.advance(29 * dayMs);
    expect((await safety(client)).confirmed).toBe(true);
    server.clock.advance(dayMs);
    expect(await today(client)).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'safety',
      safety: { confirmed: false },
    });

    await client.post('/api/safety-confirmation', { confirmed: true });
    expect((await safety(client)).confirmed).toBe(true);
    server.clock.advance(60_000);
    await created(client.post('/api/journal', { text: abuseText }));
    expect(await today(client)).toMatchObject({ stage: 'moving_on', safety: { confirmed: false } });
    const [signal] = (await safety(client)).signals;
    await answer(client, signal!.id, 'not_meant');
    expect((await safety(client)).confirmed).toBe(true);
  });
});

describe('signals stay private', () => {
  it('another person cannot answer my signal, and an unknown id is not found', async () => {
    const me = await person();
    const other = await person();
    await created(me.post('/api/journal', { text: selfHarmText }));
    const [signal] = (await safety(me)).signals;
    const theirs = await answer(other, signal!.id, 'not_meant');
    expect(theirs.status).toBe(404);
    expect(theirs.json).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect((await answer(me, '00000000-0000-4000-8000-000000000000', 'not_meant')).status).toBe(404);
    expect((await answer(me, 'not-an-id', 'not_meant')).status).toBe(404);
    expect((await safety(me)).selfHarm).toBe(true);
  });

  it('the export has no signals, and the text only where it was written', async () => {
    const client = await person();
    await created(client.post('/api/journal', { text: selfHarmText }));
    await created(client.post('/api/problems', { text: abuseText, whosePart: 'theirs', fixable: false }));
    const exported = (await client.get('/api/export')).json as { tables: Record<string, unknown[]> };
    expect(Object.keys(exported.tables)).not.toContain('safety_signals');
    expect(Object.keys(exported.tables)).not.toContain('safety_screening');
    const holding = (text: string) =>
      Object.entries(exported.tables)
        .filter(([, rows]) => JSON.stringify(rows).includes(text))
        .map(([name]) => name);
    expect(holding('see the point in living')).toEqual(['journal_entries']);
    expect(holding('choked me')).toEqual(['problems']);
    // Nor does the signals table hold any of the text.
    const me = (await client.get('/api/me')).json as { id: string };
    const rows = await server.database.db.select().from(safetySignals).where(eq(safetySignals.userId, me.id));
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/point in living|choked/);
  });

  it('an imported account is screened', async () => {
    const from = await person();
    await created(from.post('/api/journal', { text: selfHarmText }));
    const file = (await from.get('/api/export')).json;
    const to = new Client(server.url);
    await to.signup(uniqueEmail('imported'));
    expect((await to.post('/api/import', file)).status).toBe(200);
    expect(await safety(to)).toMatchObject({ selfHarm: true, signals: [{ source: 'journal' }] });
  });
});

describe('texts stored before screening (rescreen)', () => {
  it('screens every stored text once, records the version, and adds nothing the second time', async () => {
    const client = await person();
    const { db } = server.database;
    const me = (await client.get('/api/me')).json as { id: string };
    const userId = me.id;
    // Written straight to the database, as before screening existed: no signals.
    const [entry] = await db
      .insert(journalEntries)
      .values({ userId, text: selfHarmText, at: new Date() })
      .returning({ id: journalEntries.id });
    const [problem] = await db
      .insert(problems)
      .values({ userId, text: abuseText, whosePart: 'theirs', fixable: false, position: 5 })
      .returning({ id: problems.id });
    await db
      .insert(talkNotes)
      .values({ problemId: problem!.id, userId, differently: 'some nights I want to die' });
    await db.insert(checkins).values({
      userId,
      at: server.clock.now,
      mood: 2,
      sad: 9,
      desperate: 9,
      steady: 1,
      darkThoughts: 'yes',
    });
    await db
      .update(reflections)
      .set({ selfWork: 'i just want to go to sleep and never wake up' })
      .where(eq(reflections.userId, userId));
    await db
      .insert(journalEntries)
      .values({ userId, text: 'I miss him so much, cried all day', at: new Date() });
    const mine = () => db.select().from(safetySignals).where(eq(safetySignals.userId, userId));
    expect(await mine()).toEqual([]);
    const [{ factsVersion: before }] = (await db
      .select({ factsVersion: users.factsVersion })
      .from(users)
      .where(eq(users.id, userId))) as [{ factsVersion: number }];
    // The run at start has already recorded this version: forget it, as an upgrade would find.
    await db.delete(safetyScreening);

    expect(await rescreen(db, () => server.clock.now, { batchSize: 2 })).toBe('screened');
    const found = await mine();
    expect(found.map((s) => `${s.source} ${s.kind}`).sort()).toEqual([
      'checkin self_harm',
      'journal self_harm',
      'problem abuse',
      'reflection self_harm',
      'talk_note self_harm',
    ]);
    expect(found.find((s) => s.source === 'journal')?.entryId).toBe(entry!.id);
    expect(found.every((s) => s.detectorVersion === detectorVersion && s.answer === null)).toBe(true);
    expect(await db.select().from(safetyScreening)).toEqual([
      { id: 1, detectorVersion, screenedAt: server.clock.now },
    ]);
    const [{ factsVersion: after }] = (await db
      .select({ factsVersion: users.factsVersion })
      .from(users)
      .where(eq(users.id, userId))) as [{ factsVersion: number }];
    expect(after).toBeGreaterThan(before);
    // Today sees them at once (the facts kept before were for an older version).
    expect(await safety(client)).toMatchObject({ selfHarm: true, concern: false });

    // Again: the version is current, nothing to do. Forced, and by two servers at once (as after
    // an upgrade of several), it still adds nothing and keeps the person's answers.
    expect(await rescreen(db, () => server.clock.now)).toBe('current');
    const journalSignal = found.find((s) => s.source === 'journal')!;
    await answer(client, journalSignal.id, 'safe_now');
    await db.delete(safetyScreening);
    expect(
      await Promise.all([rescreen(db, () => server.clock.now), rescreen(db, () => server.clock.now)]),
    ).toEqual(['screened', 'screened']);
    const again = await mine();
    expect(again).toHaveLength(found.length);
    expect(again.find((s) => s.id === journalSignal.id)).toMatchObject({ answer: 'safe_now' });
  });
});
