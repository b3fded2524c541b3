import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot, watchErrors } from '../support/browser.ts';
import { reflectedPerson, signInBrowser } from '../support/people.ts';
import { lastAfternoon, personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

const today = () => new Date().toISOString().slice(0, 10);
/** A phone: 360 × 740. */
const onPhone = async (page: Page) => {
  await page.setViewportSize({ width: 360, height: 740 });
  return page;
};
/** What this browser keeps for the person (drafts, the outbox, the safety plan's copy). */
const keptOnDevice = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => /^rekindle\.(draft|outbox|safety-plan)\./.test(k)),
  );
/**
 * Someone in no contact, on a phone, whose page may log failed loads (the network is cut on
 * purpose); `unexpected()` is every other error, which must stay empty.
 */
async function offlinePerson(daysAgo: number, options: BrowserContextOptions = {}) {
  let errors: string[] = [];
  const watching = {
    browser: suite.browser,
    watch(p: Page) {
      errors = watchErrors(p);
    },
  };
  const page = await onPhone(await personInNoContact(watching, base, daysAgo, 360, options));
  const unexpected = () => errors.filter((e) => !/net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(e));
  return { page, unexpected };
}
/** A move inside the app, as a tapped link makes it (no page load). */
const goInside = (page: Page, path: string) =>
  page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);

describe('nothing typed is lost', () => {
  it('typing in Reflect, leaving for Today and coming back keeps the text; saving clears the draft', async () => {
    const page = await onPhone(await personInNoContact(suite, base, 3));
    await page.goto(`${base}/reflect`);
    const selfWork = page.getByRole('textbox', { name: 'What do you want to work on in yourself?' });
    await selfWork.fill('Listening without getting defensive, and sleeping before midnight.');
    const newProblem = page
      .locator('form.problem-form')
      .last()
      .getByRole('textbox', { name: 'What happened?' });
    await newProblem.fill('I stopped making time for us.');

    // Save is in reach while answering, not at the foot of a long page.
    await selfWork.scrollIntoViewIfNeeded();
    const save = await page.getByRole('button', { name: 'Save my answers' }).boundingBox();
    expect(save).not.toBeNull();
    expect(save!.y + save!.height).toBeLessThanOrEqual(740);
    // On screen and on top, not under the tab bar: a tap at its middle reaches it.
    const tapped = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent,
      { x: save!.x + save!.width / 2, y: save!.y + save!.height / 2 },
    );
    expect(tapped).toBe('Save my answers');
    await expectAccessible(page);
    await screenshot(page, 'reflect-sticky-save');

    // Left without saving, for Today (a new page load: only the device can have kept it).
    await page.goto(`${base}/today`);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.goto(`${base}/reflect`);
    await expect
      .poll(() => selfWork.inputValue())
      .toBe('Listening without getting defensive, and sleeping before midnight.');
    expect(await newProblem.inputValue()).toBe('I stopped making time for us.');
    // …and says it is not saved yet, so no one thinks the server has it.
    await page.getByRole('status').filter({ hasText: 'Kept on this device until you save.' }).waitFor();

    // Saved: the server has them, and the device keeps no draft of either.
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const problem = page.locator('form.problem-form').last();
    await problem.getByRole('radio', { name: 'Mostly mine' }).check();
    await problem.getByRole('radio', { name: /Yes, it could be/ }).check();
    await problem.getByRole('button', { name: 'Add this problem' }).click();
    await expect.poll(() => newProblem.inputValue()).toBe('');
    expect(await keptOnDevice(page)).toEqual([]);
    await page.reload();
    expect(await selfWork.inputValue()).toBe(
      'Listening without getting defensive, and sleeping before midnight.',
    );
    await page.context().close();
  });

  it('a draft belongs to one account: another person signed in on the same browser never sees it', async () => {
    const page = await onPhone(await personInNoContact(suite, base, 3));
    await page.goto(`${base}/journal`);
    const entry = page.getByRole('textbox').first();
    await entry.fill('Today I walked to the sea and did not check my phone.');
    expect(await keptOnDevice(page)).toHaveLength(1);

    // Their session ends without a sign-out (it expired); someone else signs in here.
    await page.context().clearCookies();
    const other = await reflectedPerson(base, new Date(), 'they_ended', 5);
    await signInBrowser(page.context(), other);
    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    expect(await entry.inputValue()).toBe('');
    expect(await keptOnDevice(page)).toEqual([]);
    await page.context().close();
  });

  it('sign-out clears what the device kept', async () => {
    const page = await onPhone(await personInNoContact(suite, base, 3));
    await page.goto(`${base}/journal`);
    await page.getByRole('textbox').first().fill('Something private.');
    expect(await keptOnDevice(page)).toHaveLength(1);
    await page.request.post(`${base}/api/auth/logout`, { headers: { origin: base } });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Create account' }).waitFor();
    expect(await keptOnDevice(page)).toEqual([]);
    await page.context().close();
  });
  it('quick exit clears what the device kept', async () => {
    const page = await onPhone(await personInNoContact(suite, base, 3));
    // Nothing reaches the outside world: quick exit's neutral page is stood in for.
    await page.context().route(
      (url) => url.origin !== new URL(base).origin,
      (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
    );
    await page.goto(`${base}/journal`);
    await page.getByRole('textbox').first().fill('Something no one else should read.');
    await page.goto(`${base}/urge`);
    await page.getByRole('textbox', { name: 'What you want to tell Robin' }).fill('Please answer me.');
    expect(await keptOnDevice(page)).toHaveLength(2);
    await page.goto(`${base}/help`);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL('https://www.bbc.com/weather');
    await page.goto(`${base}/help`);
    expect(await keptOnDevice(page)).toEqual([]);
    await page.context().close();
  });
});

describe('offline and flaky networks', () => {
  it('an urge logged without a network is sent when it returns, and appears exactly once', async () => {
    const { page, unexpected } = await offlinePerson(6);
    await page.clock.install({ time: lastAfternoon() });
    // The first two sends fail: the first never arrives; the second arrives and is written, but
    // its answer is lost on the way back. Only the third answer reaches the phone.
    let sends = 0;
    await page.route(`${base}/api/urges`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      sends++;
      if (sends === 1) return route.abort('internetdisconnected');
      if (sends === 2) {
        await route.fetch();
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });

    await page.getByRole('link', { name: 'I want to text Robin' }).click();
    await page.getByRole('textbox', { name: 'What you want to tell Robin' }).fill('I still think of you.');
    await page.getByRole('button', { name: 'Keep it here, and breathe' }).click();
    await page.clock.runFor(91_000);
    await page.getByRole('button', { name: 'Go on' }).click();
    await page.getByRole('radio', { name: 'It is late at night' }).check();
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByRole('heading', { name: 'Logged' }).waitFor();
    await page.getByText('saved on this device').waitFor();
    await expectAccessible(page);

    const urges = async () =>
      (await (await page.request.get(`${base}/api/urges`)).json()) as { draft: string | null }[];
    await expect.poll(() => keptOnDevice(page), { timeout: 20_000 }).toEqual([]);
    expect(sends).toBe(3);
    const logged = await urges();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.draft).toBe('I still think of you.');
    expect(unexpected()).toEqual([]);
    await page.context().close();
  });

  it('a journal entry and a check-in saved without a network are sent when it returns, each once, with the time they were written', async () => {
    const { page, unexpected } = await offlinePerson(6);
    // Each endpoint's first two sends fail: the first never arrives; the second is written, but
    // its answer is lost on the way back. Only the third answer reaches the phone.
    const sends = { journal: 0, checkins: 0 };
    for (const name of ['journal', 'checkins'] as const) {
      await page.route(`${base}/api/${name}`, async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        sends[name]++;
        if (sends[name] === 1) return route.abort('internetdisconnected');
        if (sends[name] === 2) {
          await route.fetch();
          return route.abort('internetdisconnected');
        }
        return route.continue();
      });
    }
    const get = async <T>(path: string) => (await (await page.request.get(`${base}/api${path}`)).json()) as T;

    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    // Written 40 minutes before it reaches the server.
    const written = new Date(Math.floor(Date.now() / 1000) * 1000 - 40 * 60_000);
    await page.clock.setFixedTime(written);
    const entry = page.getByRole('textbox').first();
    await entry.fill('On the bus with no signal. I did not write to her.');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('status').filter({ hasText: 'saved on this device' }).waitFor();
    const list = page.getByRole('list', { name: 'Journal entries' });
    await list.getByText('Saved on this device, not sent yet').waitFor();
    expect(await entry.inputValue()).toBe('');
    await expectAccessible(page);
    await screenshot(page, 'journal-saved-on-device');

    type Entry = { text: string; at: string };
    await expect.poll(() => get<Entry[]>('/journal'), { timeout: 20_000 }).toHaveLength(1);
    await expect.poll(() => keptOnDevice(page), { timeout: 20_000 }).toEqual([]);
    expect(sends.journal).toBe(3);
    const entries = await get<Entry[]>('/journal');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      text: 'On the bus with no signal. I did not write to her.',
      at: written.toISOString(),
    });
    // The screen shows it as the server has it, once, and no longer as waiting.
    await expect.poll(() => list.getByText('On the bus with no signal.').count()).toBe(1);
    await expect.poll(() => list.getByText('not sent yet').count()).toBe(0);

    await goInside(page, '/checkin');
    await page.getByRole('heading', { level: 1, name: 'How are you, right now?' }).waitFor();
    await page.getByRole('textbox', { name: 'A note for yourself (optional)' }).fill('Tired, but steady.');
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'saved on this device' }).waitFor();
    await expectAccessible(page);

    type Checkin = { note: string | null; at: string };
    await expect.poll(() => get<Checkin[]>('/checkins'), { timeout: 20_000 }).toHaveLength(1);
    await expect.poll(() => keptOnDevice(page), { timeout: 20_000 }).toEqual([]);
    expect(sends.checkins).toBe(3);
    const checkins = await get<Checkin[]>('/checkins');
    expect(checkins).toHaveLength(1);
    expect(checkins[0]).toMatchObject({ note: 'Tired, but steady.', at: written.toISOString() });
    expect(await get<Entry[]>('/journal')).toHaveLength(1);
    expect(unexpected()).toEqual([]);
    await page.context().close();
  });

  it('a journal entry or a check-in the server refuses says why, and keeps what was written', async () => {
    const { page, unexpected } = await offlinePerson(6);
    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    // A phone whose clock runs a day ahead: the server refuses a time in the future.
    await page.clock.setFixedTime(new Date(Date.now() + 86_400_000));
    const entry = page.getByRole('textbox').first();
    await entry.fill('A day ahead of myself.');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText('A journal entry cannot be dated in the future.').waitFor();
    expect(await entry.inputValue()).toBe('A day ahead of myself.');
    expect(await page.getByText('saved on this device').count()).toBe(0);
    await expectAccessible(page);
    // Only the draft is kept: nothing waits to be sent again.
    const kept = await keptOnDevice(page);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^rekindle\.draft\./);

    await goInside(page, '/checkin');
    await page.getByRole('heading', { level: 1, name: 'How are you, right now?' }).waitFor();
    const note = page.getByRole('textbox', { name: 'A note for yourself (optional)' });
    await note.fill('Still here.');
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page.getByText('A check-in cannot be in the future.').waitFor();
    expect(await note.inputValue()).toBe('Still here.');

    expect(await (await page.request.get(`${base}/api/journal`)).json()).toEqual([]);
    expect(await (await page.request.get(`${base}/api/checkins`)).json()).toEqual([]);
    expect(unexpected().filter((e) => !/status of 422/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a screen opened offline says so and offers a retry, never a blank page', async () => {
    // Its code was never fetched on this device: no worker got to keep the app's files (one
    // fetches every screen's code at install; offline.test.ts checks that).
    const { page, unexpected } = await offlinePerson(3, { serviceWorkers: 'block' });
    await page.context().setOffline(true);
    await goInside(page, '/talk');
    await page.getByRole('heading', { level: 1, name: 'This page did not open' }).waitFor();
    await page.getByText('You seem to be offline').waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('what you typed');
    await expectAccessible(page);
    await screenshot(page, 'offline-screen');

    // Its code arrived earlier, but its data cannot: the same plain message, and a retry.
    await page.context().setOffline(false);
    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await goInside(page, '/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.context().setOffline(true);
    await goInside(page, '/journal');
    await page.getByText('We could not reach Rekindle. Check your connection and try again.').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('what you typed');
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('list', { name: 'Journal entries' }).waitFor();
    expect(unexpected()).toEqual([]);
    await page.context().close();
  });
});
