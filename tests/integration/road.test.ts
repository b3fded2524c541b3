import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import type { Client } from '../support/client.ts';
import { personReadyForTheTalk, reflectedPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const today = () => dayIn(server.clock.now, 'UTC');
const at = (day: string, time = '10:00:00') => new Date(`${day}T${time}Z`).toISOString();
const steady = { mood: 7, sad: 3, desperate: 2, steady: 7 };

async function person(scenario: string, daysAgo: number) {
  return reflectedPerson(server.url, server.clock.now, scenario, daysAgo);
}
const stage = async (client: Client) => ((await client.get('/api/today')).json as { stage: string }).stage;

describe('the letter (i_ended)', () => {
  it('is written, sent once, and starts no contact on the day it was sent', async () => {
    const client = await person('i_ended', 40);
    expect((await client.post('/api/letter/sent', { on: today() })).status).toBe(409); // nothing written yet
    expect((await client.put('/api/letter', { text: 'I am sorry. It was my mistake.' })).json).toMatchObject({
      sentOn: null,
    });
    const sentOn = addDays(today(), -20);
    const sent = await client.post('/api/letter/sent', { on: sentOn });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ sentOn });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'no_contact',
      noContact: { startedOn: sentOn, days: 20 },
    });
    expect((await client.post('/api/letter/sent', { on: today() })).status).toBe(409);
    expect((await client.put('/api/letter', { text: 'A second letter' })).status).toBe(409);
  });

  it('refuses a sent date in the future, and is not part of the other scenarios', async () => {
    const client = await person('i_ended', 5);
    await client.put('/api/letter', { text: 'Sorry.' });
    expect((await client.post('/api/letter/sent', { on: addDays(today(), 1) })).status).toBe(422);
    const other = await person('they_ended', 5);
    await other.put('/api/letter', { text: 'Sorry.' });
    expect((await other.post('/api/letter/sent', { on: today() })).status).toBe(409);
  });
});

describe('first contact, judged at its own time', () => {
  it('refuses a message dated before the gate opened, accepts one dated after even when logged later', async () => {
    const client = await person('they_ended', 40);
    await client.post('/api/checkins', { ...steady, wantBack: 'yes', at: at(addDays(today(), -3)) });
    // Five days ago the check had not happened yet: refused.
    const early = await client.post('/api/first-contact', {
      text: 'Hey, how are you?',
      channel: 'text',
      sentAt: at(addDays(today(), -5)),
    });
    expect(early.status).toBe(409);
    expect(early.json).toMatchObject({ error: { message: expect.stringContaining('not open yet') } });
    // Two days ago it was open: accepted, though logged today.
    const ok = await client.post('/api/first-contact', {
      text: 'Hey, how are you?',
      channel: 'text',
      sentAt: at(addDays(today(), -2)),
    });
    expect(ok.status).toBe(201);
    expect(await stage(client)).toBe('first_contact');
    const second = await client.post('/api/first-contact', {
      text: 'Did you get my message?',
      channel: 'text',
      sentAt: at(today()),
    });
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({
      error: { message: expect.stringContaining('never suggests a second one') },
    });
  });

  it('no reply recommends moving on; a warm reply opens reconnecting, then the talk after 3 outings over 30 days', async () => {
    const daysAgo = (n: number) => new Date(server.clock.now.getTime() - n * 86_400_000).toISOString();
    // Silence is not an answer until the reply window has passed.
    const early = await person('they_ended', 40);
    await early.post('/api/checkins', { ...steady, wantBack: 'yes', at: daysAgo(2) });
    await early.post('/api/first-contact', { text: 'Hi!', channel: 'text', sentAt: daysAgo(1) });
    const tooSoon = await early.request('PATCH', '/api/first-contact', { outcome: 'no_reply' });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.json).toMatchObject({ error: { message: expect.stringContaining('too early') } });

    const quiet = await person('they_ended', 40);
    await quiet.post('/api/checkins', { ...steady, wantBack: 'yes', at: daysAgo(8) });
    await quiet.post('/api/first-contact', { text: 'Hi!', channel: 'text', sentAt: daysAgo(7) });
    expect((await quiet.request('PATCH', '/api/first-contact', { outcome: 'no_reply' })).status).toBe(200);
    expect((await quiet.get('/api/today')).json).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'no_reply',
      contactToolsVisible: false,
    });

    const client = await personReadyForTheTalk(server.url, server.clock.now);
    await client.post('/api/talk', { on: today(), outcome: 'back_together' });
    expect(await stage(client)).toBe('back_together');
    expect((await client.delete('/api/talk/latest')).status).toBe(204);
    expect(await stage(client)).toBe('talk');
    expect((await client.delete('/api/talk/latest')).status).toBe(404);
  });
});
