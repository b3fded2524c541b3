import { describe, expect, inject, it } from 'vitest';
import { browserSuite, watchErrors } from '../support/browser.ts';
import { reflectedPerson, signInBrowser } from '../support/people.ts';

const base = inject('baseUrl');
const suite = browserSuite();
const todayPreload = '<link rel="preload" href="/api/today"';

describe('the first load on a slow phone', () => {
  it('sends compressed scripts, asks for the plan once and alongside them, and has the urge composer ready', async () => {
    const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Signed out, the page does not ask for a plan it would be refused.
    const signedOutPage = await (await context.request.get(`${base}/today`)).text();
    expect(signedOutPage).not.toContain(todayPreload);

    // Someone in their first week of no contact.
    await signInBrowser(context, await reflectedPerson(base, new Date(), 'they_ended', 6));

    // With a session, the page asks for the plan while its scripts load.
    const signedInPage = await (await context.request.get(`${base}/today`)).text();
    expect(signedInPage).toContain(todayPreload);

    // The scripts go out compressed.
    const script = signedInPage.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const compressed = await context.request.get(`${base}${script}`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(compressed.headers()['content-encoding']).toBe('br');

    // Opening Today asks for the plan once, and the urge composer is fetched once Today is shown.
    const planRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/today') planRequests.push(request.url());
    });
    const urgeChunk = page.waitForRequest((request) =>
      /\/assets\/urge-screen-[^/]+\.js$/.test(request.url()),
    );
    await page.goto(`${base}/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByText('day 6 of no contact').waitFor();
    await urgeChunk;
    expect(planRequests).toHaveLength(1);

    // So at a bad moment, the composer opens even when the network has dropped.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('link', { name: 'I want to text Alex' }).first().click();
    await page.getByRole('textbox', { name: 'What you want to tell Alex' }).waitFor();
    await context.setOffline(false);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('fetches onboarding ahead on the welcome page, where a new account goes next', async () => {
    const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const onboardingChunk = page.waitForRequest((request) =>
      /\/assets\/onboarding-screen-[^/]+\.js$/.test(request.url()),
    );
    await page.goto(base);
    await page.getByRole('button', { name: 'Create account' }).waitFor();
    await onboardingChunk;
    await context.close();
  });
});
