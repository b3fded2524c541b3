import type { BrowserContext } from 'playwright-core';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from './client.ts';

/**
 * What onboarding sends for a program: they_ended with Alex (he), the ending and the last contact
 * `daysAgo` days back in its time zone (UTC unless `over` says), with `over`'s changes.
 */
export function programBody(now: Date, daysAgo: number, over: Record<string, unknown> = {}) {
  const timeZone = typeof over.timeZone === 'string' ? over.timeZone : 'UTC';
  const day = addDays(dayIn(now, timeZone), -daysAgo);
  return {
    scenario: 'they_ended',
    exName: 'Alex',
    exPronouns: 'he',
    endedOn: day,
    lastContactOn: day,
    timeZone,
    ...over,
  };
}

/** A program on fixed days (mutual, ended on 1 January 2026, last contact the day after), in UTC. */
export const programOnFixedDays = {
  scenario: 'mutual',
  exName: 'Sam',
  exPronouns: 'they',
  endedOn: '2026-01-01',
  lastContactOn: '2026-01-02',
  timeZone: 'UTC',
};

/** A person who has just signed up: a client holding their session, their id and their email. */
export async function signedUpPerson(base: string, email = uniqueEmail()) {
  const client = new Client(base);
  const created = await client.signup(email);
  if (created.status !== 201) throw new Error(`sign-up refused: ${created.status} ${created.text}`);
  return { client, id: (created.json as { id: string }).id, email };
}

/** A person signed in on two devices: `here` signed up, `elsewhere` signed in after. */
export async function signedInTwice(base: string) {
  const { client: here, id, email } = await signedUpPerson(base);
  const elsewhere = new Client(base);
  const signedIn = await elsewhere.login(email);
  if (signedIn.status !== 200) throw new Error(`sign-in refused: ${signedIn.status} ${signedIn.text}`);
  return { here, elsewhere, id, email };
}

/** A signed-up person with a program (programBody: `daysAgo` and `over`). */
export async function personWithProgram(
  base: string,
  now: Date,
  daysAgo: number,
  over: Record<string, unknown> = {},
  email = uniqueEmail(),
) {
  const person = await signedUpPerson(base, email);
  const made = await person.client.put('/api/program', programBody(now, daysAgo, over));
  if (made.status !== 200) throw new Error(`program refused: ${made.status} ${made.text}`);
  return person;
}

/** A signed-up person with a program (last contact `daysAgo` days back, in UTC) who has reflected and wants to try. */
export async function reflectedPerson(
  base: string,
  now: Date,
  scenario: string,
  daysAgo: number,
  email = uniqueEmail(),
): Promise<Client> {
  const { client } = await personWithProgram(base, now, daysAgo, { scenario }, email);
  await client.post('/api/problems', { text: 'We drifted apart.', whosePart: 'both', fixable: true });
  await client.put('/api/reflection', {
    treatedWell: 'yes',
    feltGood: 'yes',
    feltSafe: 'yes',
    decision: 'yes',
  });
  return client;
}

/** Someone whose next step is the talk ("they ended it"): a steady check-in, a warm first reply and three outings over a month. */
export async function personReadyForTheTalk(base: string, now: Date, email = uniqueEmail()): Promise<Client> {
  const today = dayIn(now, 'UTC');
  const at = (day: string) => new Date(`${day}T10:00:00Z`).toISOString();
  const client = await reflectedPerson(base, now, 'they_ended', 80, email);
  await client.post('/api/checkins', {
    mood: 7,
    sad: 3,
    desperate: 2,
    steady: 7,
    wantBack: 'yes',
    at: at(addDays(today, -45)),
  });
  await client.post('/api/first-contact', { text: 'Hi!', channel: 'text', sentAt: at(addDays(today, -44)) });
  await client.request('PATCH', '/api/first-contact', { outcome: 'warm' });
  for (const d of [40, 25, 5]) {
    await client.post('/api/outings', {
      on: addDays(today, -d),
      what: 'Walk',
      feeling: 4,
      keptLight: true,
      pushedNextPlan: false,
    });
  }
  return client;
}

/** Signs a browser in as the person `client` holds a session for: the same session cookie. */
export async function signInBrowser(context: BrowserContext, client: Client): Promise<void> {
  const [name, value] = (client.cookie ?? '').split('=');
  if (!name || !value) throw new Error('That client is not signed in.');
  await context.addCookies([{ name, value, url: client.base, httpOnly: true, sameSite: 'Lax' }]);
}
