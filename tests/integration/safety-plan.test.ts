import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema.ts';
import { textLimits } from '../../src/shared/api/limits.ts';
import { safetyPlanSections } from '../../src/shared/api/safety-plan-limits.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const person = (label = 'plan') => signedUpPerson(server.url, uniqueEmail(label));

/** Every section blank, never saved. */
const empty = { ...Object.fromEntries(safetyPlanSections.map((s) => [s, ''])), updatedAt: null };

const factsVersion = async (id: string) =>
  (await server.database.db.select({ v: users.factsVersion }).from(users).where(eq(users.id, id)))[0]?.v;

describe('the safety plan', () => {
  it('is empty at first, saves the whole plan trimmed, and reads back', async () => {
    const { client, id } = await person();
    const first = await client.get('/api/safety-plan');
    expect(first.status).toBe(200);
    expect(first.json).toEqual(empty);
    expect(first.headers.get('cache-control')).toBe('no-store');

    const before = await factsVersion(id);
    const saved = await client.put('/api/safety-plan', {
      warningSigns: '  Not sleeping, staying in bed all day.\n',
      askForHelp: 'Sam 0123 456 789',
      reasonsToLive: 'My sister. The dog.',
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({
      ...empty,
      warningSigns: 'Not sleeping, staying in bed all day.',
      askForHelp: 'Sam 0123 456 789',
      reasonsToLive: 'My sister. The dog.',
      updatedAt: server.clock.now.toISOString(),
    });
    // Today is not derived from the plan: the facts kept for this person's Today still stand.
    expect(await factsVersion(id)).toBe(before);
    expect((await client.get('/api/safety-plan')).json).toEqual(saved.json);

    // The whole plan each time: what is left out or blank is emptied.
    const again = await client.put('/api/safety-plan', { warningSigns: 'Not sleeping.', askForHelp: '  ' });
    expect(again.json).toMatchObject({ warningSigns: 'Not sleeping.', askForHelp: '', reasonsToLive: '' });
    expect((await client.get('/api/safety-plan')).json).toEqual(again.json);
  });

  it('refuses a section that is too long, or something it does not know, with a message and nothing saved', async () => {
    const { client } = await person();
    await client.put('/api/safety-plan', { reasonsToLive: 'My friends.' });
    const long = await client.put('/api/safety-plan', {
      reasonsToLive: 'My friends.',
      warningSigns: 'x'.repeat(textLimits.safetyPlanSection + 1),
    });
    expect(long.status).toBe(422);
    expect(long.json).toEqual({
      error: { code: 'invalid_input', message: 'Keep your warning signs under 4,000 characters.' },
    });
    // Exactly the limit is fine.
    const atLimit = await client.put('/api/safety-plan', {
      warningSigns: 'x'.repeat(textLimits.safetyPlanSection),
    });
    expect(atLimit.status).toBe(200);

    const unknown = await client.put('/api/safety-plan', { method: 'anything' });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ error: { message: 'We don\'t know the field "method".' } });
    const notText = await client.put('/api/safety-plan', { onMyOwn: 42 });
    expect(notText.status).toBe(422);
    expect(notText.json).toMatchObject({ error: { message: 'What you can do on your own should be text.' } });
    expect(
      ((await client.get('/api/safety-plan')).json as { warningSigns: string }).warningSigns,
    ).toHaveLength(textLimits.safetyPlanSection);
  });

  it('belongs to its writer: someone else sees only their own empty plan, and no one without a session', async () => {
    const alice = await person('alice');
    await alice.client.put('/api/safety-plan', { reasonsToLive: 'Alice writes this for herself.' });
    const bob = await person('bob');
    const asBob = await bob.client.get('/api/safety-plan');
    expect(asBob.status).toBe(200);
    expect(asBob.json).toEqual(empty);
    await bob.client.put('/api/safety-plan', { reasonsToLive: 'Bob’s own.' });
    expect((await alice.client.get('/api/safety-plan')).json).toMatchObject({
      reasonsToLive: 'Alice writes this for herself.',
    });

    const anon = new Client(server.url);
    expect((await anon.get('/api/safety-plan')).status).toBe(401);
    expect((await anon.put('/api/safety-plan', { reasonsToLive: 'not mine' })).status).toBe(401);
  });

  it('is in the export, and an import into a new account restores it', async () => {
    const from = await person('from');
    const plan = {
      warningSigns: 'Scrolling old photos at night.',
      onMyOwn: 'A walk round the block.',
      distractions: 'The library; Jo’s kitchen.',
      askForHelp: 'Jo 0123 456 789',
      professionals: 'Dr Lee 020 7946 0000',
      saferSpace: 'Ask Jo to keep things for me for now.',
      reasonsToLive: 'My niece.',
    };
    await from.client.put('/api/safety-plan', plan);
    const exported = (await from.client.get('/api/export')).json as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(exported.tables.safety_plans).toEqual([
      { userId: from.id, ...plan, updatedAt: server.clock.now.toISOString() },
    ]);

    const to = await person('to');
    const imported = await to.client.post('/api/import', exported);
    expect(imported.status).toBe(200);
    expect((await to.client.get('/api/safety-plan')).json).toEqual({
      ...plan,
      updatedAt: server.clock.now.toISOString(),
    });
    // The original is untouched and still only its owner's.
    expect((await from.client.get('/api/safety-plan')).json).toMatchObject(plan);

    // Import works into an empty account only: a saved plan counts.
    const hasPlan = await person('has-plan');
    await hasPlan.client.put('/api/safety-plan', { reasonsToLive: 'Mine already.' });
    const refused = await hasPlan.client.post('/api/import', exported);
    expect(refused.status).toBe(409);
    expect((await hasPlan.client.get('/api/safety-plan')).json).toMatchObject({
      reasonsToLive: 'Mine already.',
    });
  });

  it('an import refuses a plan section that breaks the limit, and imports nothing', async () => {
    const to = await person('too-long');
    const res = await to.client.post('/api/import', {
      format: 'rekindle-export',
      version: 1,
      tables: { safety_plans: [{ reasonsToLive: 'x'.repeat(textLimits.safetyPlanSection + 1) }] },
    });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      error: {
        code: 'invalid_input',
        message:
          'Row 1 of safety_plans (a safety plan), field "reasonsToLive": Keep your reasons to live under 4,000 characters. Nothing was imported.',
      },
    });
    expect((await to.client.get('/api/safety-plan')).json).toEqual(empty);
  });
});
