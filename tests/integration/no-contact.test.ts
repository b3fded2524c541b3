import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import type { Client } from '../support/client.ts';
import { reflectedPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const today = () => dayIn(server.clock.now, 'UTC');
const steady = { mood: 7, sad: 3, desperate: 2, steady: 7 };

/** A they_ended person who has reflected, with the last contact `daysAgo` days back. */
async function person(daysAgo = 10) {
  return reflectedPerson(server.url, server.clock.now, 'they_ended', daysAgo);
}
const todayOf = async (client: Client) =>
  (await client.get('/api/today')).json as Record<string, never> & {
    noContact: Record<string, unknown>;
    stage: string;
  };

describe('contacts move the no-contact clock as METHOD.md says', () => {
  it('a slip on day D restarts no contact from D and moves the earliest-contact date', async () => {
    const client = await person(10);
    expect((await todayOf(client)).noContact).toMatchObject({
      days: 10,
      earliestContactOn: addDays(today(), 20),
    });
    const slipDay = addDays(today(), -2);
    const res = await client.post('/api/contacts', {
      kind: 'slip',
      on: slipDay,
      channel: 'text',
      note: 'I sent a long message at midnight.',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      id: expect.any(String),
      kind: 'slip',
      on: slipDay,
      channel: 'text',
      warmth: null,
    });
    expect((await todayOf(client)).noContact).toMatchObject({
      startedOn: slipDay,
      days: 2,
      totalDays: 9,
      earliestContactOn: addDays(slipDay, 30),
    });
  });

  it('necessary contact and urges do not restart the clock', async () => {
    const client = await person(10);
    expect(
      (
        await client.post('/api/contacts', {
          kind: 'necessary',
          on: addDays(today(), -1),
          channel: 'text',
          note: 'Keys',
        })
      ).status,
    ).toBe(201);
    expect(
      (await client.post('/api/urges', { intensity: 9, trigger: 'night', draft: 'I miss you so much' }))
        .status,
    ).toBe(201);
    expect((await todayOf(client)).noContact).toMatchObject({ days: 10, startedOn: addDays(today(), -10) });
  });

  it('a warm contact from them opens reconnecting', async () => {
    const client = await person(10);
    await client.post('/api/contacts', {
      kind: 'incoming',
      on: today(),
      channel: 'text',
      warmth: 'warm',
      note: 'How are you?',
    });
    expect((await todayOf(client)).stage).toBe('reconnect');
  });

  it('a passing full check after the minimum opens first contact; a failing one proposes a date', async () => {
    const client = await person(31);
    expect((await todayOf(client)).stage).toBe('no_contact');
    await client.post('/api/checkins', { ...steady, desperate: 8, wantBack: 'yes' });
    const notYet = await todayOf(client);
    expect(notYet).toMatchObject({ stage: 'no_contact', checkAgainOn: addDays(today(), 3) });
    await client.post('/api/checkins', { ...steady, wantBack: 'yes' });
    expect((await todayOf(client)).stage).toBe('first_contact');
  });
});

describe('validation', () => {
  it.each([
    [
      '/api/urges',
      {},
      'Give how strong the urge was as a whole number from 0 to 10. Choose what set it off: night, alcohol, memory, their_post, other.',
    ],
    [
      '/api/urges',
      { intensity: 11, trigger: 'night' },
      'Give how strong the urge was as a whole number from 0 to 10.',
    ],
    [
      '/api/urges',
      { intensity: 'high', trigger: 'night' },
      'Give how strong the urge was as a whole number from 0 to 10.',
    ],
    [
      '/api/urges',
      { intensity: 4, trigger: 'boredom' },
      'Choose what set it off: night, alcohol, memory, their_post, other.',
    ],
    [
      '/api/urges',
      { intensity: 4, trigger: 'night', draft: 'x'.repeat(5001) },
      'Keep the draft under 5,000 characters.',
    ],
    [
      '/api/urges',
      { intensity: 4, trigger: 'night', at: 'last night' },
      'Send the time as an ISO instant, like 2026-03-14T21:30:00Z.',
    ],
    [
      '/api/contacts',
      { kind: 'slip', on: '2026-02-30', channel: 'text' },
      'The day it happened is not a real date. Use YYYY-MM-DD, like 2026-03-14.',
    ],
    [
      '/api/contacts',
      { kind: 'incoming', on: '2026-01-05', channel: 'call' },
      'Say how warm they were: warm, neutral or cold.',
    ],
    [
      '/api/contacts',
      { kind: 'slip', on: '2026-01-05', channel: 'call', warmth: 'warm' },
      'Warmth is only for contact that came from them.',
    ],
    [
      '/api/contacts',
      { kind: 'slip', on: '2026-01-05', channel: 'pigeon' },
      'Choose how you were in touch: text, call, in_person, social.',
    ],
    [
      '/api/checkins',
      { mood: 0, sad: 1, desperate: 1, steady: 1 },
      'Give your mood as a whole number from 1 to 10.',
    ],
    [
      '/api/checkins',
      { mood: 5, sad: 1, desperate: 1, steady: 1, note: 'n'.repeat(2001) },
      'Keep the note under 2,000 characters.',
    ],
    [
      '/api/checkins',
      { mood: 5, sad: 1.5, desperate: 1, steady: 1 },
      'Give how sad you feel as a whole number from 0 to 10.',
    ],
  ])('%s %o → 422 "%s"', async (path, body, message) => {
    const client = await person();
    const res = await client.post(path, body);
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error: { code: 'invalid_input', message } });
  });

  it('refuses contact in the future and urges or check-ins dated ahead', async () => {
    const client = await person();
    const contact = await client.post('/api/contacts', {
      kind: 'slip',
      on: addDays(today(), 1),
      channel: 'text',
    });
    expect(contact.json).toEqual({
      error: {
        code: 'invalid_input',
        message: 'That day is in the future. Log contact on the day it happened.',
      },
    });
    const later = new Date(server.clock.now.getTime() + 86_400_000).toISOString();
    expect((await client.post('/api/urges', { intensity: 3, trigger: 'night', at: later })).status).toBe(422);
    expect((await client.post('/api/checkins', { ...steady, at: later })).status).toBe(422);
  });

  it('validates a PATCH as a whole: a slip cannot gain a warmth', async () => {
    const client = await person();
    const created = await client.post('/api/contacts', { kind: 'slip', on: today(), channel: 'text' });
    const id = (created.json as { id: string }).id;
    const res = await client.request('PATCH', `/api/contacts/${id}`, { warmth: 'warm' });
    expect(res.status).toBe(422);
    const ok = await client.request('PATCH', `/api/contacts/${id}`, { kind: 'incoming', warmth: 'neutral' });
    expect(ok.json).toMatchObject({ kind: 'incoming', warmth: 'neutral', on: today() });
  });
});

describe('ownership', () => {
  it('one person never sees, edits or deletes another person entries', async () => {
    const alice = await person();
    const bob = await person();
    const made = {
      urges: (
        await alice.post('/api/urges', { intensity: 6, trigger: 'memory', draft: 'alice private draft' })
      ).json as { id: string },
      contacts: (await alice.post('/api/contacts', { kind: 'slip', on: today(), channel: 'call' })).json as {
        id: string;
      },
      checkins: (await alice.post('/api/checkins', { ...steady, note: 'alice private note' })).json as {
        id: string;
      },
    };
    for (const [path, { id }] of Object.entries(made)) {
      expect((await bob.get(`/api/${path}/${id}`)).status, path).toBe(404);
      expect((await bob.request('PATCH', `/api/${path}/${id}`, { note: 'bob was here' })).status, path).toBe(
        404,
      );
      expect((await bob.delete(`/api/${path}/${id}`)).status, path).toBe(404);
      expect((await bob.get(`/api/${path}`)).json, path).toEqual([]);
      expect((await alice.get(`/api/${path}/${id}`)).status, path).toBe(200);
    }
    // Alice's slip does not touch Bob's clock.
    expect((await todayOf(bob)).noContact).toMatchObject({ days: 10 });
  });

  it('edits and deletes my own entries', async () => {
    const client = await person();
    const created = (await client.post('/api/checkins', { ...steady, note: 'first' })).json as { id: string };
    expect((await client.request('PATCH', `/api/checkins/${created.id}`, { mood: 4 })).json).toMatchObject({
      mood: 4,
      note: 'first',
    });
    expect((await client.delete(`/api/checkins/${created.id}`)).status).toBe(204);
    expect((await client.get(`/api/checkins/${created.id}`)).status).toBe(404);
  });
});

describe('rules and progress', () => {
  it('keeps the ticked rules', async () => {
    const client = await person();
    expect((await client.get('/api/no-contact/rules')).json).toEqual({
      stoppedMessaging: false,
      mutedSocial: false,
      noCalls: false,
      noMeetups: false,
    });
    const rules = { stoppedMessaging: true, mutedSocial: true, noCalls: false, noMeetups: true };
    expect((await client.put('/api/no-contact/rules', rules)).json).toEqual(rules);
    expect((await client.get('/api/no-contact/rules')).json).toEqual(rules);
  });

  it('returns one entry per day with slips and urges marked, and a sentence', async () => {
    const client = await person(20);
    await client.post('/api/urges', {
      intensity: 8,
      trigger: 'night',
      at: new Date(`${addDays(today(), -5)}T23:00:00Z`).toISOString(),
    });
    await client.post('/api/urges', {
      intensity: 4,
      trigger: 'memory',
      at: new Date(`${addDays(today(), -5)}T10:00:00Z`).toISOString(),
    });
    await client.post('/api/contacts', { kind: 'slip', on: addDays(today(), -3), channel: 'text' });
    await client.post('/api/checkins', {
      ...steady,
      at: new Date(`${addDays(today(), -4)}T09:00:00Z`).toISOString(),
    });
    const res = await client.get('/api/progress?days=14');
    expect(res.status).toBe(200);
    const { days, summary, triggers } = res.json as {
      days: { day: string }[];
      summary: string;
      triggers: { trigger: string; count: number }[];
    };
    expect(days).toHaveLength(14);
    expect(days.at(-1)?.day).toBe(today());
    expect(days.find((d) => d.day === addDays(today(), -5))).toMatchObject({
      urges: 2,
      craving: 8,
      slip: false,
      noContact: true,
    });
    expect(days.find((d) => d.day === addDays(today(), -3))).toMatchObject({ slip: true, noContact: false });
    expect(days.find((d) => d.day === addDays(today(), -4))).toMatchObject({ mood: 7 });
    expect(summary).toContain('2 urges ridden out; 13 days of no contact, 1 slip');
    expect(triggers).toEqual(
      expect.arrayContaining([
        { trigger: 'night', count: 1 },
        { trigger: 'memory', count: 1 },
      ]),
    );
    expect(triggers).toHaveLength(2);
    // By the hour they came, in the person's zone (UTC here); two urges are too few to name a time.
    const { byHour, hardHours } = res.json as { byHour: number[]; hardHours: unknown };
    expect(byHour).toHaveLength(24);
    expect([byHour[23], byHour[10], byHour.reduce((a, b) => a + b, 0)]).toEqual([1, 1, 2]);
    expect(hardHours).toBeNull();
    // An urge before the range is not counted.
    await client.post('/api/urges', {
      intensity: 5,
      trigger: 'alcohol',
      at: new Date(`${addDays(today(), -15)}T12:00:00Z`).toISOString(),
    });
    const later = (await client.get('/api/progress?days=14')).json as { triggers: { trigger: string }[] };
    expect(later.triggers.map((t) => t.trigger)).not.toContain('alcohol');
    expect((await client.get('/api/progress?days=3')).status).toBe(422);
  });
});
