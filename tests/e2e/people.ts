import type { BrowserContextOptions, Page } from 'playwright-core';
import { addDays } from '../../src/core/time/days.ts';
import { type browserSuite, watchErrors } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { WelcomePage } from './pages.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A person signed up in a browser and in no contact for `daysAgo` days (they_ended, reflected,
 * the ex is Robin), set up through the API the app uses, on Today.
 */
export async function personInNoContact(
  suite: ReturnType<typeof browserSuite>,
  base: string,
  daysAgo: number,
  width = 360,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await suite
    .browser()
    .newContext({ viewport: { width, height: 800 }, timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  suite.watch(page);
  await page.goto(base);
  await new WelcomePage(page).createAccount(uniqueEmail('nc'), 'a quiet walk by the river');
  await page.waitForURL(/\/onboarding$/);
  const api = (method: 'post' | 'put', path: string, data: unknown) =>
    page.request[method](`${base}/api${path}`, { data, headers: { origin: base } });
  await api('put', '/program', {
    scenario: 'they_ended',
    exName: 'Robin',
    exPronouns: 'she',
    endedOn: addDays(today(), -daysAgo),
    lastContactOn: addDays(today(), -daysAgo),
    timeZone: 'UTC',
  });
  await api('post', '/problems', {
    text: 'We stopped listening to each other.',
    whosePart: 'both',
    fixable: true,
  });
  await api('put', '/reflection', { treatedWell: 'yes', feltGood: 'yes', feltSafe: 'yes', decision: 'yes' });
  await page.goto(`${base}/today`);
  await page.getByText(`You are giving Robin space: day ${daysAgo} of no contact.`).waitFor();
  return page;
}

/**
 * A new account on a 360 × 780 phone, on onboarding once the service worker is ready. The page's
 * errors are collected, not failed on: offline, Chromium logs each failed request.
 */
export async function newAccountOnAPhone(
  suite: ReturnType<typeof browserSuite>,
  base: string,
  label: string,
  options: BrowserContextOptions = {},
) {
  const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base);
  await new WelcomePage(page).createAccount(uniqueEmail(label), 'a quiet walk by the river');
  await page.waitForURL(/\/onboarding$/);
  // The app registers /sw.js two seconds after the page has loaded.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return { context, page, errors };
}

/**
 * The latest 14:00 UTC that has already passed: a fixed afternoon for the page's clock (late at
 * night the checker rightly says "wait"), never in the future, whatever hour the suite runs (an
 * urge logged "in the future" is refused).
 */
export function lastAfternoon(now = new Date()): Date {
  const afternoon = new Date(`${now.toISOString().slice(0, 10)}T14:00:00Z`);
  if (afternoon > now) afternoon.setUTCDate(afternoon.getUTCDate() - 1);
  return afternoon;
}
