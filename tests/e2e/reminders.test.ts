import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshots } from '../support/browser.ts';
import { personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

/** What is on the screen, not the whole page (a pinned Save sits where a thumb finds it). */
async function onScreen(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${dir}/${name}-screen-${width}.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${dir}/${name}-screen-dark-${width}.png` });
  await page.emulateMedia({ colorScheme: null });
}

/** A person in no contact, on a phone (360 px wide unless said), on the reminders page. */
async function onReminders(width = 360): Promise<Page> {
  const page = await personInNoContact(suite, base, 5, width);
  await page.goto(`${base}/reminders`);
  await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
  await page.getByRole('switch', { name: 'Daily check-in' }).waitFor();
  return page;
}

const save = (page: Page) => page.getByRole('button', { name: 'Save reminders' }).click();

describe('reminders', () => {
  it('a new person changes the check-in time, adds a hard date and turns quiet hours off, and they are kept', async () => {
    const page = await onReminders();
    // Gentle defaults: the check-in on at 20:00, quiet hours on, in the app only.
    expect(await page.getByRole('switch', { name: 'Daily check-in' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Quiet hours' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'In the app' }).isChecked()).toBe(true);
    await expectAccessible(page);

    await page.getByLabel('Time', { exact: true }).fill('21:15');
    await page.getByRole('button', { name: 'Add a date' }).click();
    const row = page.getByRole('group', { name: 'Hard date 1' });
    // The new row has the focus: its name can be typed at once.
    await page.keyboard.type('her birthday');
    await row.getByLabel('Date', { exact: true }).fill('2027-06-14');
    await page.getByRole('switch', { name: 'Quiet hours' }).uncheck();
    await page.getByText('Not saved yet.').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'reminders');
    await save(page);
    await page.getByText('Saved. Your reminders are set.').waitFor();

    const settings = await page.request.get(`${base}/api/reminders`).then((r) => r.json());
    expect(settings.settings.checkIn).toEqual({ enabled: true, at: '21:15' });
    expect(settings.settings.triggerDates).toEqual([{ label: 'her birthday', on: '06-14' }]);
    expect(settings.settings.quietHours).toBeNull();

    await page.reload();
    await page.getByRole('switch', { name: 'Daily check-in' }).waitFor();
    expect(await page.getByLabel('Time', { exact: true }).inputValue()).toBe('21:15');
    const kept = page.getByRole('group', { name: 'Hard date 1' });
    expect(await kept.getByLabel('Name', { exact: true }).inputValue()).toBe('her birthday');
    expect(await kept.getByLabel('Date', { exact: true }).inputValue()).toMatch(/^\d{4}-06-14$/);
    expect(await kept.getByLabel('How often', { exact: true }).inputValue()).toBe('yearly');
    expect(await page.getByRole('switch', { name: 'Quiet hours' }).isChecked()).toBe(false);
  });

  it("a refused hard date shows the server's words, and keeps what was typed (320 px)", async () => {
    const page = await onReminders(320);
    await onScreen(page, 'reminders-top');
    // The header keeps the bell and Get help on screen, in one row, on the narrowest phone.
    const help = await page.getByRole('banner').getByRole('link', { name: 'Get help' }).boundingBox();
    expect(help!.x + help!.width).toBeLessThanOrEqual(320);
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.getByRole('button', { name: 'Add a date' }).click();
    const first = page.getByRole('group', { name: 'Hard date 1' });
    await first.getByLabel('Name', { exact: true }).fill('his birthday');
    await page.getByRole('button', { name: 'Add a date' }).click();
    const second = page.getByRole('group', { name: 'Hard date 2' });
    await second.getByLabel('Name', { exact: true }).fill('our anniversary');
    await second.getByLabel('Date', { exact: true }).fill('2027-09-03');
    await second.getByLabel('How often', { exact: true }).selectOption('once');
    // A date left empty is asked for before anything is sent, and the empty date takes the focus.
    await save(page);
    await page.getByRole('alert').filter({ hasText: 'Choose a date for “his birthday”.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
    await first.getByLabel('Date', { exact: true }).fill('2027-03-21');
    // A name of only spaces: the server refuses it, in its own words.
    await first.getByLabel('Name', { exact: true }).fill('   ');
    await save(page);
    await page.getByRole('alert').filter({ hasText: 'Name the date, like "his birthday"' }).waitFor();
    // Nothing typed is lost.
    expect(await first.getByLabel('Date', { exact: true }).inputValue()).toBe('2027-03-21');
    expect(await second.getByLabel('Name', { exact: true }).inputValue()).toBe('our anniversary');
    expect(await second.getByLabel('Date', { exact: true }).inputValue()).toBe('2027-09-03');
    expect(await second.getByLabel('How often', { exact: true }).inputValue()).toBe('once');
    await expectAccessible(page);
    await onScreen(page, 'reminders-refused');

    // Named, it saves.
    await first.getByLabel('Name', { exact: true }).fill('his birthday');
    await save(page);
    await page.getByText('Saved. Your reminders are set.').waitFor();
    const settings = await page.request.get(`${base}/api/reminders`).then((r) => r.json());
    expect(settings.settings.triggerDates).toEqual([
      { label: 'his birthday', on: '03-21' },
      { label: 'our anniversary', on: '2027-09-03' },
    ]);

    // Phone notifications this browser will not allow: the switch stays off and says why.
    const push = page.getByRole('switch', { name: 'Phone notifications' });
    await push.click();
    await page
      .getByRole('status')
      .filter({ hasText: /notifications/i })
      .waitFor();
    expect(await push.isChecked()).toBe(false);
    await onScreen(page, 'reminders-push-refused');
  });
});

describe('notifications', () => {
  it('a new person finds the bell, and a kind empty list that leads to the reminders', async () => {
    const page = await personInNoContact(suite, base, 5);
    const bell = page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true });
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText('Nothing yet. Reminders you switch on will appear here.').waitFor();
    // The header stays one compact row with the bell in it.
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    await expectAccessible(page);
    await screenshots(page, 'notifications');
    await page.getByRole('link', { name: 'Set up reminders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
  });

  it('a check-in reminder arrives: the bell counts it, the list marks it new, and opening it marks it read', async () => {
    const page = await personInNoContact(suite, base, 5);
    // The check-in for the coming minute (a little more when this one is nearly over), quiet hours
    // off: the worker in the e2e server (every 20 s) puts it in the list.
    const at = new Date(Date.now() + (new Date().getUTCSeconds() > 40 ? 120_000 : 60_000));
    const hhmm = at.toISOString().slice(11, 16);
    const settings = await page.request.get(`${base}/api/reminders`).then((r) => r.json());
    const saved = await page.request.put(`${base}/api/reminders`, {
      data: { ...settings.settings, quietHours: null, checkIn: { enabled: true, at: hhmm } },
      headers: { origin: base },
    });
    expect(saved.status()).toBe(200);
    await expect
      .poll(
        async () =>
          (await page.request.get(`${base}/api/notifications?limit=0`).then((r) => r.json())).unread,
        { timeout: 150_000, interval: 5_000 },
      )
      .toBe(1);

    await page.reload();
    const bell = page.getByRole('banner').getByRole('link', { name: 'Notifications, 1 unread' });
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    const item = page.getByRole('listitem').filter({ hasText: 'New' });
    await item.waitFor();
    await page.getByText('1 new notification.').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'notifications-one');
    await item.getByRole('link', { name: /^Open/ }).click();
    await page.waitForURL(/\/checkin$/);
    await page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await expect
      .poll(
        async () =>
          (await page.request.get(`${base}/api/notifications?limit=0`).then((r) => r.json())).unread,
      )
      .toBe(0);
  }, 200_000);
});
