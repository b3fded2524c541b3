import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, watchErrors } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { LoginPage, openMenu, TodayPage, WelcomePage } from './pages.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  page = await context.newPage();
  errors = watchErrors(page);
});
let errors: string[] = [];
afterEach(() => expect(errors).toEqual([]));

describe('a new person', () => {
  it('creates an account, sees Today, signs out, and signs back in', async () => {
    const email = uniqueEmail('e2e');
    const password = 'a quiet walk by the river';
    const welcome = new WelcomePage(page);
    await page.goto(base);
    await welcome.heading().waitFor();
    await expectAccessible(page);

    await welcome.createAccount(email, password);
    // A new account has no plan yet: Today sends the person to the three onboarding steps.
    const today = new TodayPage(page);
    await page.getByRole('heading', { level: 1, name: 'Let us start with what happened' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/onboarding');
    await today.seesEmail(email);
    await expectAccessible(page);

    await today.signOut();
    const login = new LoginPage(page);
    await login.heading().waitFor();
    await expectAccessible(page);

    await login.signIn(email, password);
    await page.getByRole('heading', { level: 1, name: 'Let us start with what happened' }).waitFor();
    // A reload keeps the session (the cookie).
    await page.reload();
    await today.seesEmail(email);
  });

  it('keeps what was typed and explains when the server says no', async () => {
    const welcome = new WelcomePage(page);
    await page.goto(base);
    await welcome.createAccount(uniqueEmail('weak'), 'password123');
    await expect.poll(() => welcome.error().textContent()).toContain('most common');
    expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toMatch(/^weak-/);
    expect(await page.getByLabel('Password').inputValue()).toBe('password123');
    await expectAccessible(page);

    await page.goto(`${base}/login`);
    const login = new LoginPage(page);
    await login.signIn(uniqueEmail('nobody'), 'not the password at all');
    await expect.poll(() => login.error().textContent()).toContain("don't match an account");
    expect(await page.getByLabel('Password').inputValue()).toBe('not the password at all');
  });

  it('sends someone who is signed out from /today to sign in, and then shows their own plan', async () => {
    const email = uniqueEmail('returning');
    const password = 'a quiet walk by the river';
    const other = await browser.newContext();
    await other.request.post(`${base}/api/auth/signup`, {
      data: { email, password },
      headers: { origin: base },
    });
    await other.close();

    await page.goto(`${base}/today`);
    const login = new LoginPage(page);
    await login.heading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    // The plan fetched early while signed out must not be reused once signed in.
    await login.signIn(email, password);
    await page.getByRole('heading', { level: 1, name: 'Let us start with what happened' }).waitFor();
    await new TodayPage(page).seesEmail(email);
  });
});

describe('your data and account', () => {
  it('offers the download, and deleting the account signs out and removes it', async () => {
    const email = uniqueEmail('leaving');
    const password = 'a quiet walk by the river';
    await page.goto(base);
    await new WelcomePage(page).createAccount(email, password);
    await page.waitForURL(/\/onboarding$/);
    await openMenu(page);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Your data and account' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download my data' }).getAttribute('href')).toBe(
      '/api/export',
    );
    await expectAccessible(page);
    await page.getByLabel('Your password, to confirm').fill('not my password');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText("That password isn't right, so nothing was deleted.").waitFor();
    await page.getByLabel('Your password, to confirm').fill(password);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await new WelcomePage(page).heading().waitFor();
    await page.goto(`${base}/login`);
    await new LoginPage(page).signIn(email, password);
    await page.getByText("don't match an account").waitFor();
  });
});
