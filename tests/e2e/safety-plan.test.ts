import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshots } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { TodayPage, WelcomePage } from './pages.ts';
import { newAccountOnAPhone } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

const box = (page: Page, name: string) => page.getByRole('textbox', { name });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved\.$/ });
const copies = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rekindle.safety-plan.')));
const planOnServer = async (page: Page) =>
  (await page.request.get(`${base}/api/safety-plan`)).json() as Promise<Record<string, string>>;

describe('the safety plan', () => {
  it('saves as it is written, is there after a reload, opens offline from this device, and leaves with the account', async () => {
    // Offline, Chromium logs each failed request; anything else is still an error.
    const { context, page, errors } = await newAccountOnAPhone(suite, base, 'plan');

    // One tap away from any signed-in page.
    await page.getByRole('banner').getByRole('link', { name: 'Safety plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await box(page, 'My warning signs').fill('Lying awake past 2am.\nCancelling on friends.');
    await box(page, 'My reasons to live').fill('My sister. The dog. Seeing the sea again.');
    await saved(page).waitFor();
    expect(await planOnServer(page)).toMatchObject({
      warningSigns: 'Lying awake past 2am.\nCancelling on friends.',
      reasonsToLive: 'My sister. The dog. Seeing the sea again.',
    });
    await expectAccessible(page);
    await screenshots(page, 'safety-plan');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    expect(await box(page, 'My warning signs').inputValue()).toBe(
      'Lying awake past 2am.\nCancelling on friends.',
    );
    expect(await box(page, 'My reasons to live').inputValue()).toBe(
      'My sister. The dog. Seeing the sea again.',
    );
    await page.waitForLoadState('networkidle');

    // No network: the page, its code and the plan all come from this device.
    await context.setOffline(true);
    await page.goto(`${base}/safety-plan`);
    await page.getByText('You are offline: this is the copy saved on this device.').waitFor();
    expect(await box(page, 'My warning signs').inputValue()).toBe(
      'Lying awake past 2am.\nCancelling on friends.',
    );
    expect(await box(page, 'My reasons to live').inputValue()).toBe(
      'My sister. The dog. Seeing the sea again.',
    );
    await expectAccessible(page);
    await screenshots(page, 'safety-plan-offline');

    // Written offline, it waits on the device, and is sent once the network is back.
    await box(page, 'Things I can do on my own').fill('Walk round the block.');
    await page.getByText('Saved on this device. It will be sent when you are back online.').waitFor();
    await context.setOffline(false);
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'attached' }); // the session is back
    await saved(page).waitFor();
    expect(await planOnServer(page)).toMatchObject({
      warningSigns: 'Lying awake past 2am.\nCancelling on friends.',
      onMyOwn: 'Walk round the block.',
    });
    expect(await copies(page)).toHaveLength(1);

    // A quick exit takes the device's copy away; so does signing out.
    await page.evaluate(() => window.dispatchEvent(new Event('rekindle:quick-exit')));
    expect(await copies(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((key) => key.startsWith('rekindle.safety-plan.')),
    );
    await new TodayPage(page).signOut();
    await page.waitForURL(/\/login$/);
    expect(await copies(page)).toEqual([]);

    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('turns numbers into calls, and prints only the plan', async () => {
    const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    suite.watch(page);
    await page.goto(base);
    await new WelcomePage(page).createAccount(uniqueEmail('print'), 'a quiet walk by the river');
    await page.waitForURL(/\/onboarding$/);
    await page.goto(`${base}/safety-plan`);
    await box(page, 'People I can ask for help').fill('Jo 0123 456 789');
    await saved(page).waitFor();
    expect(await page.getByRole('link', { name: 'Call Jo, 0123 456 789' }).getAttribute('href')).toBe(
      'tel:0123456789',
    );

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.plan-print');
    await printed.getByRole('heading', { name: '4. People I can ask for help' }).waitFor();
    await printed.getByText('Jo 0123 456 789').waitFor();
    for (const onScreenOnly of [
      page.getByRole('button', { name: 'Sign out' }),
      page.getByRole('navigation', { name: 'Main' }),
      page.getByRole('button', { name: 'Print' }),
      box(page, 'People I can ask for help'),
      page.getByText('Fill in what you can'),
    ]) {
      expect(await onScreenOnly.isVisible()).toBe(false);
    }
    await page.emulateMedia({ media: null });
    expect(await printed.isVisible()).toBe(false);
    await context.close();
  });
});
