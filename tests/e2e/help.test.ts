import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot } from '../support/browser.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { signInBrowser } from '../support/people.ts';
import { WelcomePage } from './pages.ts';

const base = inject('baseUrl');
const suite = browserSuite();

/** The help page, found by role and accessible name like a person would. */
class HelpPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Get help' });
  country = () => this.page.getByRole('combobox', { name: 'Where are you?' });
  /** The lines shown for the chosen country (and the directories), by name, in order. */
  lines = (group: RegExp) =>
    this.page
      .getByRole('region', { name: group })
      .locator(':scope > ul > li')
      .getByRole('heading', { level: 3 })
      .allTextContents();
  quickExit = () => this.page.getByRole('button', { name: 'Quick exit' });
}

const crisis = /ending your life/;
const abuse = /hurt, threatened or controlled/;

/** A phone-sized browser in `locale`, where nothing reaches the outside world: quick exit's page is stood in for. */
async function phone(locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page; exits: string[] }> {
  const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 }, locale });
  const exits: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(base).origin,
    (route) => {
      exits.push(route.request().url());
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><p>Sunny.',
      });
    },
  );
  const page = await context.newPage();
  suite.watch(page);
  return { context, page, exits };
}

describe('getting help', () => {
  it('is one tap from the welcome page, signed out, with the UK lines first for a UK browser', async () => {
    const { context, page } = await phone('en-GB');
    await page.goto(base);
    await new WelcomePage(page).heading().waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Get help' }).click();
    const help = new HelpPage(page);
    await help.heading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/help');

    await help.page.getByRole('heading', { name: crisis }).waitFor();
    expect(await help.country().inputValue()).toBe('GB');
    expect((await help.lines(crisis)).slice(0, 2)).toEqual([
      'Samaritans · UK and Ireland',
      'Shout · United Kingdom',
    ]);
    expect((await help.lines(abuse))[0]).toBe('National Domestic Abuse Helpline · United Kingdom');
    expect(await page.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'Call 0808 2000 247' }).getAttribute('href')).toBe(
      'tel:08082000247',
    );
    await page.getByText('If you are in danger right now, call your local emergency number').waitFor();
    await page.getByText(/Rekindle reads English/).waitFor();
    // Signed out, there is no safety plan to link to.
    expect(await page.getByRole('link', { name: 'Your safety plan' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'help');
    await context.close();
  });

  it('remembers the country chosen on this device, and shows that country first', async () => {
    const { context, page } = await phone('en-US');
    const help = new HelpPage(page);
    await page.goto(`${base}/help`);
    await help.page.getByRole('heading', { name: crisis }).waitFor();
    expect((await help.lines(crisis))[0]).toBe('988 Suicide & Crisis Lifeline · United States');

    await help.country().selectOption({ label: 'Ireland' });
    await page.getByRole('link', { name: 'Call 1800 247 247' }).waitFor();
    expect((await help.lines(crisis)).slice(0, 2)).toEqual([
      'Samaritans · UK and Ireland',
      'Pieta · Ireland',
    ]);
    expect((await help.lines(abuse))[0]).toBe("Women's Aid · Ireland");
    expect(await page.evaluate(() => localStorage.getItem('rekindle.country'))).toBe('IE');

    await page.reload();
    await page.getByRole('link', { name: 'Call 1800 247 247' }).waitFor();
    expect(await help.country().inputValue()).toBe('IE');

    // Somewhere else: the international directories come first.
    await help.country().selectOption({ label: 'Somewhere else' });
    await expect.poll(() => help.lines(crisis)).toEqual(['Find A Helpline', 'Befrienders Worldwide']);
    await context.close();
  });

  it('links to the safety plan for someone signed in', async () => {
    const { context, page } = await phone();
    const client = new Client(base);
    await client.signup(uniqueEmail('help'));
    await signInBrowser(context, client);
    await page.goto(`${base}/help`);
    await new HelpPage(page).heading().waitFor();
    expect(await page.getByRole('link', { name: 'Your safety plan' }).getAttribute('href')).toBe(
      '/safety-plan',
    );
    // The header link stays, marked as the page on show.
    expect(await page.getByRole('link', { name: 'Get help' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page);
    await context.close();
  });

  it('quick exit leaves at once for a neutral page and forgets what Rekindle kept here', async () => {
    const { context, page, exits } = await phone();
    await page.goto(base);
    await page.getByRole('link', { name: 'Get help' }).click();
    const help = new HelpPage(page);
    await help.heading().waitFor();
    await page.evaluate(() => {
      localStorage.setItem('rekindle.draft', 'something private');
      localStorage.setItem('rekindle.country', 'GB');
      localStorage.setItem('other-site-key', 'kept');
      sessionStorage.setItem('rekindle.step', '2');
    });
    // Other modules hear about it, so they can wipe what they keep offline.
    await page.exposeFunction('heardQuickExit', () => exits.push('event'));
    await page.evaluate(() =>
      window.addEventListener('rekindle:quick-exit', () =>
        (window as unknown as { heardQuickExit(): void }).heardQuickExit(),
      ),
    );

    await help.quickExit().click();
    await page.waitForURL('https://www.bbc.com/weather');
    expect(exits.toSorted()).toEqual(['event', 'https://www.bbc.com/weather']);
    // The help page is gone from the tab's history: Back returns to the page before it.
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(
      await page.evaluate(() => ({
        draft: localStorage.getItem('rekindle.draft'),
        country: localStorage.getItem('rekindle.country'),
        other: localStorage.getItem('other-site-key'),
        step: sessionStorage.getItem('rekindle.step'),
      })),
    ).toEqual({ draft: null, country: 'GB', other: 'kept', step: null });
    await context.close();
  });

  it('quick exit signs a signed-in person out, and keeps the lines for offline use', async () => {
    const { context, page } = await phone();
    await page.goto(base);
    await new WelcomePage(page).createAccount(uniqueEmail('exit'), 'a quiet walk by the river');
    await page.waitForURL(/\/onboarding$/);
    await page.getByRole('link', { name: 'Get help' }).first().click();
    const help = new HelpPage(page);
    await help.heading().waitFor();
    await help.country().waitFor();
    await help.quickExit().click();
    await page.waitForURL('https://www.bbc.com/weather');
    // The session is gone on the server: Back, or a reopened tab, shows no one's pages.
    await expect
      .poll(async () => (await (await context.request.get(`${base}/api/session`)).json()).user, {
        timeout: 5000,
      })
      .toBeNull();
    await page.goto(`${base}/help`);
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('rekindle.lines:')).length,
      ),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('quick exit also answers the Escape key on the help page', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/help`);
    await new HelpPage(page).heading().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL('https://www.bbc.com/weather');
    await context.close();
  });
});
