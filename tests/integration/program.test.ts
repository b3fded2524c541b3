import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { programBody } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const today = () => dayIn(server.clock.now, 'UTC');

async function person() {
  const client = new Client(server.url);
  await client.signup(uniqueEmail());
  return client;
}

/** Ended twelve days ago, last contact ten days ago. */
const program = (over: Record<string, unknown> = {}) => ({
  ...programBody(server.clock.now, 10, { endedOn: addDays(today(), -12) }),
  ...over,
});

const fullReflection = { treatedWell: 'mixed', feltGood: 'yes', feltSafe: 'yes', decision: 'yes' };

async function reflect(client: Client, reflection: Record<string, unknown> = fullReflection) {
  expect(
    (
      await client.post('/api/problems', {
        text: 'We stopped making time for each other.',
        whosePart: 'both',
        fixable: true,
      })
    ).status,
  ).toBe(201);
  expect((await client.put('/api/reflection', reflection)).status).toBe(200);
}

describe('onboarding', () => {
  it('without a program, Today answers 409 and points to onboarding', async () => {
    const res = await (await person()).get('/api/today');
    expect(res.status).toBe(409);
    expect(res.json).toEqual({
      error: { code: 'no_program', message: expect.stringContaining('onboarding') },
    });
  });

  it('saves the program and returns it', async () => {
    const client = await person();
    const res = await client.put(
      '/api/program',
      program({ together: 'over_2_years', limitedContact: 'children' }),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      scenario: 'they_ended',
      exName: 'Alex',
      together: 'over_2_years',
      limitedContact: 'children',
    });
    expect((await client.get('/api/program')).json).toEqual(res.json);
  });

  it.each([
    [
      { timeZone: 'Mars/Base' },
      'That time zone is not one we know. Use a name like Europe/Berlin or America/Chicago.',
    ],
    [
      { lastContactOn: '2026-02-30' },
      'The day of your last contact is not a real date. Use YYYY-MM-DD, like 2026-03-14.',
    ],
    [{ scenario: 'ghosted' }, 'Choose who ended it: i_ended, they_ended, mutual.'],
    [{ exName: '   ' }, 'Write their first name or a nickname.'],
    [
      { lastContactOn: 'tomorrow' },
      'The day of your last contact is not a real date. Use YYYY-MM-DD, like 2026-03-14.',
    ],
  ])('refuses %o with a clear message', async (over, message) => {
    const res = await (await person()).put('/api/program', program(over));
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error: { code: 'invalid_input', message } });
  });

  it('refuses a last contact in the future of the person zone, and dates out of order', async () => {
    const client = await person();
    const future = await client.put('/api/program', program({ lastContactOn: addDays(today(), 2) }));
    expect(future.status).toBe(422);
    expect(future.json).toMatchObject({ error: { message: expect.stringContaining('in the future') } });
    const order = await client.put(
      '/api/program',
      program({ endedOn: addDays(today(), -3), lastContactOn: addDays(today(), -5) }),
    );
    expect(order.status).toBe(422);
    expect(order.json).toMatchObject({
      error: { message: expect.stringContaining('before the day it ended') },
    });
    expect((await client.get('/api/today')).status).toBe(409);
  });
});

describe('Today through Reflect, per scenario', () => {
  it('they_ended: reflect first, then no contact counted from the last contact', async () => {
    const client = await person();
    await client.put('/api/program', program());
    const before = await client.get('/api/today');
    expect(before.json).toMatchObject({
      stage: 'reflect',
      nextAction: { href: '/reflect' },
      noContact: { startedOn: addDays(today(), -10), days: 10, minimumDays: 30, recommendedDays: 60 },
    });
    await reflect(client);
    const after = await client.get('/api/today');
    expect(after.status).toBe(200);
    expect(after.headers.get('cache-control')).toBe('no-store');
    expect(after.json).toMatchObject({
      stage: 'no_contact',
      noContact: { days: 10, earliestContactOn: addDays(today(), 20) },
      contactToolsVisible: true,
    });
  });

  it('i_ended: reflect, then the letter, with no contact not started yet', async () => {
    const client = await person();
    await client.put('/api/program', program({ scenario: 'i_ended' }));
    await reflect(client, { ...fullReflection, reason: 'heat_of_argument' });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'letter',
      noContact: { startedOn: null, days: null, earliestContactOn: null, minimumDays: 14 },
    });
  });

  it('mutual: one-month minimum; changing the scenario re-evaluates the plan', async () => {
    const client = await person();
    await client.put('/api/program', program({ scenario: 'mutual' }));
    await reflect(client);
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'no_contact',
      noContact: { minimumDays: 30 },
    });
    await client.put('/api/program', program({ scenario: 'i_ended' }));
    expect((await client.get('/api/today')).json).toMatchObject({ stage: 'letter' });
  });

  it('"no" opens moving on; move on can be chosen and undone', async () => {
    const client = await person();
    await client.put('/api/program', program());
    await reflect(client, { ...fullReflection, decision: 'no' });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'decision',
      contactToolsVisible: false,
    });
    await client.put('/api/reflection', { decision: 'yes' });
    expect((await client.get('/api/today')).json).toMatchObject({ stage: 'no_contact' });
    expect((await client.put('/api/outcome', { outcome: 'moving_on' })).json).toEqual({
      outcome: 'moving_on',
    });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'chosen',
    });
    expect((await client.put('/api/outcome', { outcome: null })).json).toEqual({ outcome: null });
    expect((await client.get('/api/today')).json).toMatchObject({ stage: 'no_contact' });
  });
});

describe('safety', () => {
  it('"I did not feel safe" recommends moving on until confirmed, and the confirmation is recorded', async () => {
    const client = await person();
    await client.put('/api/program', program());
    expect((await client.post('/api/safety-confirmation', { confirmed: true })).status).toBe(409);
    await reflect(client, { ...fullReflection, feltSafe: 'no' });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'moving_on',
      movingOnReason: 'safety',
      safety: { concern: true, confirmed: false },
      nextAction: { href: '/safety' },
    });
    const confirm = await client.post('/api/safety-confirmation', { confirmed: true });
    expect(confirm.status).toBe(200);
    expect(confirm.json).toMatchObject({ safetyConfirmedAt: expect.any(String) });
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'no_contact',
      safety: { concern: true, confirmed: true },
    });
  });

  it('a problem that describes abuse asks first, and raises the concern once the person says yes', async () => {
    const client = await person();
    await client.put('/api/program', program());
    await reflect(client);
    await client.post('/api/problems', {
      text: 'He checked my phone every night and threatened to leave me with nothing',
      whosePart: 'theirs',
      fixable: false,
    });
    const asked = (await client.get('/api/today')).json as { safety: { signals: { id: string }[] } };
    expect(asked).toMatchObject({
      stage: 'no_contact',
      safety: { concern: false, signals: [{ kind: 'abuse', source: 'problem' }] },
    });
    const id = asked.safety.signals[0]!.id;
    expect((await client.post(`/api/safety/signals/${id}/answer`, { answer: 'yes' })).status).toBe(200);
    expect((await client.get('/api/today')).json).toMatchObject({
      stage: 'moving_on',
      safety: { concern: true },
    });
  });
});

describe('problems', () => {
  it('adds, edits, reorders and deletes, keeping a clean order', async () => {
    const client = await person();
    const ids: string[] = [];
    for (const text of ['first', 'second', 'third']) {
      const res = await client.post('/api/problems', { text, whosePart: 'mine', fixable: true });
      ids.push((res.json as { id: string }).id);
    }
    const order = async () =>
      ((await client.get('/api/problems')).json as { text: string; position: number }[]).map(
        (p) => `${p.position}:${p.text}`,
      );
    expect(await order()).toEqual(['0:first', '1:second', '2:third']);
    expect(
      (await client.request('PATCH', `/api/problems/${ids[2]}`, { position: 0, fixable: false })).json,
    ).toMatchObject({ position: 0, fixable: false });
    expect(await order()).toEqual(['0:third', '1:first', '2:second']);
    expect((await client.request('PATCH', `/api/problems/${ids[2]}`, { position: 9 })).json).toMatchObject({
      position: 2,
    });
    expect(await order()).toEqual(['0:first', '1:second', '2:third']);
    expect((await client.delete(`/api/problems/${ids[0]}`)).status).toBe(204);
    expect(await order()).toEqual(['0:second', '1:third']);
    expect((await client.get(`/api/problems/${ids[0]}`)).status).toBe(404);
  });

  it('validates text and fields', async () => {
    const client = await person();
    const empty = await client.post('/api/problems', { text: '  ', whosePart: 'mine', fixable: true });
    expect(empty.json).toEqual({ error: { code: 'invalid_input', message: 'Write what happened.' } });
    const long = await client.post('/api/problems', {
      text: 'x'.repeat(2001),
      whosePart: 'mine',
      fixable: true,
    });
    expect(long.json).toEqual({
      error: { code: 'invalid_input', message: 'Keep what happened under 2,000 characters.' },
    });
    const part = await client.post('/api/problems', { text: 'ok', whosePart: 'nobody', fixable: true });
    expect(part.json).toEqual({
      error: { code: 'invalid_input', message: 'Choose whose part it was: mine, theirs, both.' },
    });
  });

  it('never shows or changes another person problems, and their facts never touch my plan', async () => {
    const alice = await person();
    const bob = await person();
    await alice.put('/api/program', program());
    await bob.put('/api/program', program());
    await bob.put('/api/reflection', fullReflection);
    const created = await alice.post('/api/problems', {
      text: 'private to alice',
      whosePart: 'mine',
      fixable: true,
    });
    const id = (created.json as { id: string }).id;
    expect((await bob.get(`/api/problems/${id}`)).status).toBe(404);
    expect((await bob.request('PATCH', `/api/problems/${id}`, { text: 'changed by bob' })).status).toBe(404);
    expect((await bob.delete(`/api/problems/${id}`)).status).toBe(404);
    expect((await bob.get('/api/problems')).json).toEqual([]);
    // Alice has a problem, Bob has the answers: neither completes the other's Reflect gate.
    expect((await bob.get('/api/today')).json).toMatchObject({ stage: 'reflect' });
    expect((await alice.get('/api/today')).json).toMatchObject({ stage: 'reflect' });
    expect((await alice.get(`/api/problems/${id}`)).json).toMatchObject({ text: 'private to alice' });
    expect((await bob.get('/api/problems/not-a-uuid')).status).toBe(404);
  });

  it('needs a session', async () => {
    const anon = new Client(server.url);
    for (const path of ['/api/today', '/api/program', '/api/problems', '/api/reflection']) {
      expect((await anon.get(path)).status, path).toBe(401);
    }
  });
});
