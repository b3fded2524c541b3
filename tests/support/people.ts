import type { BrowserContext } from 'playwright-core';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from './client.ts';

/** A signed-up person with a program (last contact `daysAgo` days back, in UTC) who has reflected and wants to try. */
export async function reflectedPerson(
  base: string,
  now: Date,
  scenario: string,
  daysAgo: number,
  email = uniqueEmail(),
): Promise<Client> {
  const today = dayIn(now, 'UTC');
  const client = new Client(base);
  await client.signup(email);
  await client.put('/api/program', {
    scenario,
    exName: 'Alex',
    exPronouns: 'he',
    endedOn: addDays(today, -daysAgo),
    lastContactOn: addDays(today, -daysAgo),
    timeZone: 'UTC',
  });
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
