import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/core/time/days.ts';
import { browserSuite, expectAccessible, screenshots } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { openMenu, WelcomePage } from './pages.ts';
import { personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();
const today = () => new Date().toISOString().slice(0, 10);

/** A phone of 360 × 740: the person from people.ts, on Today. */
async function onPhone(daysAgo: number): Promise<Page> {
  const page = await personInNoContact(suite, base, daysAgo);
  await page.setViewportSize({ width: 360, height: 740 });
  return page;
}

/** The element is drawn inside the first screen, without scrolling. */
async function inFirstScreen(page: Page, name: string, href: string) {
  const link = page.getByRole('link', { name, exact: true });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(href);
  const box = await link.boundingBox();
  expect(box, `${name} is drawn`).not.toBeNull();
  expect(box!.y, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${name} ends on screen`).toBeLessThanOrEqual(740);
  expect(box!.height, `${name} is big enough for a thumb`).toBeGreaterThanOrEqual(40);
}

describe('navigation for a thumb', () => {
  it('on a phone, Today shows the journal, progress, check-in and help without scrolling', async () => {
    const page = await onPhone(5);
    await inFirstScreen(page, 'Journal', '/journal');
    await inFirstScreen(page, 'Progress', '/progress');
    await inFirstScreen(page, 'Check in', '/checkin');
    await page.getByRole('banner').getByRole('link', { name: 'Get help' }).waitFor();
    // A calm milestone on the counter, and the next one.
    await page
      .getByText('Reached on day 3: Three days. For many people the first rush of craving starts to ease', {
        exact: false,
      })
      .waitFor();
    await page.getByText('Next milestone: 7 days, in 2 days.').waitFor();
    // The brake is there too, and it is not the help link.
    await page.getByRole('link', { name: 'I want to text Robin' }).waitFor();
    // A compact header: one row.
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    await expectAccessible(page);
    await screenshots(page, 'nav-today');

    // Everything else is behind "More", which Escape closes again.
    await openMenu(page);
    await page.getByRole('link', { name: 'Your road' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nav-more');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Your road' }).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('More');
    // A tap anywhere else closes it too.
    await openMenu(page);
    await page.getByRole('heading', { level: 1, name: 'Today' }).click();
    await page.getByRole('link', { name: 'Your road' }).waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(/\/journal$/);
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Journal' })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('shows every step of the road, and each step opens its screen', async () => {
    const page = await onPhone(5);
    await page.getByRole('link', { name: 'See your whole road' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your road' }).waitFor();
    const steps = await page.locator('.timeline h2').allTextContents();
    expect(steps).toEqual([
      'Reflect',
      'No contact',
      'Work on yourself',
      'Emotion check',
      'First contact',
      'Reconnect',
      'The talk',
      'Back together',
    ]);
    await expectAccessible(page);
    await screenshots(page, 'nav-road');
    await page.getByRole('link', { name: 'Emotion check' }).click();
    await page.waitForURL(/\/checkin$/);
    await page.goBack();
    await page.getByRole('link', { name: 'Work on yourself' }).click();
    await page.waitForURL(/\/self-work$/);
    await page.goBack();
    await page.getByRole('link', { name: 'No contact', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'No contact' }).waitFor();
  });

  it('keeps the urge button on Today while waiting for a reply, and shows no no-contact count then', async () => {
    const page = await onPhone(40);
    const api = (path: string, data: unknown) =>
      page.request.post(`${base}/api${path}`, { data, headers: { origin: base } });
    await api('/checkins', {
      mood: 7,
      sad: 3,
      desperate: 2,
      steady: 7,
      wantBack: 'yes',
      at: `${addDays(today(), -2)}T09:00:00Z`,
    });
    await api('/first-contact', {
      text: 'Hey Robin, how are you?',
      channel: 'text',
      sentAt: `${addDays(today(), -1)}T18:00:00Z`,
    });
    await page.reload();
    await page.getByText('You sent your message. Now let Robin answer in her own time.').waitFor();
    await page.getByRole('link', { name: 'I want to text Robin' }).waitFor();
    expect(await page.getByRole('heading', { name: 'No contact' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Your no-contact record' }).waitFor({ state: 'detached' });
    // The No-contact page agrees: no count, no rules, and a word on waiting.
    await page.goto(`${base}/no-contact`);
    await page
      .getByText('You sent your first message, so there is no count now.', { exact: false })
      .waitFor();
    expect(await page.locator('.counter-number').count()).toBe(0);
  });
});

describe('a menu opened early', () => {
  it('stays open when the page finishes loading under it', async () => {
    // No service worker, so the page's own requests can be held back here.
    const context = await suite.browser().newContext({
      viewport: { width: 360, height: 740 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(base);
    await new WelcomePage(page).createAccount(uniqueEmail('early'), 'a quiet walk by the river');
    await page.waitForURL(/\/onboarding$/);
    // The details arrive late: "More" is tapped while the page still says it is loading.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/program', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.reload();
      await openMenu(page);
      await page.getByRole('link', { name: 'Account' }).waitFor();
      release();
      await page.getByText('Step 1 of 3').waitFor();
      expect(await page.getByRole('link', { name: 'Account' }).isVisible()).toBe(true);
    } finally {
      release();
      await context.close();
    }
  });
});

describe('a wide screen', () => {
  it('shows the whole menu in one place, with no bar at the bottom', async () => {
    const page = await personInNoContact(suite, base, 5, 1280);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Your road' }).waitFor();
    await nav.getByRole('link', { name: 'Journal' }).waitFor();
    expect(await nav.getByRole('button', { name: 'More' }).isVisible()).toBe(false);
    await expectAccessible(page);
    await screenshots(page, 'nav-today');
    await nav.getByRole('link', { name: 'Your road' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your road' }).waitFor();
    await screenshots(page, 'nav-road');
  });
});
