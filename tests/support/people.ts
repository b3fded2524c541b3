import type { BrowserContext } from 'playwright-core';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from './client.ts';

/** A signed-up person with a program (last contact `daysAgo` days back, in UTC) who has reflected and wants to try. */
export async function reflectedPerson(
  base: string,
  now: Date,
  scenario: string,
  daysAgo: number,
): Promise<Client> {
  const today = dayIn(now, 'UTC');
  const client = new Client(base);
  await client.signup(uniqueEmail());
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

/** Signs a browser in as the person `client` holds a session for: the same session cookie. */
export async function signInBrowser(context: BrowserContext, client: Client): Promise<void> {
  const [name, value] = (client.cookie ?? '').split('=');
  if (!name || !value) throw new Error('That client is not signed in.');
  await context.addCookies([{ name, value, url: client.base, httpOnly: true, sameSite: 'Lax' }]);
}
