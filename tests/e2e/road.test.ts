import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/core/time/days.ts';
import { browserSuite, expectAccessible, screenshot } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { OnboardingPage, ReflectPage, WelcomePage } from './pages.ts';

const base = inject('baseUrl');
const suite = browserSuite();

const today = () => new Date().toISOString().slice(0, 10);

async function onboard(scenario: RegExp, daysAgo: number): Promise<Page> {
  const context = await suite
    .browser()
    .newContext({ viewport: { width: 360, height: 800 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  suite.watch(page);
  await page.goto(base);
  await new WelcomePage(page).createAccount(uniqueEmail('road'), 'a quiet walk by the river');
  const onboarding = new OnboardingPage(page);
  await onboarding.whoAndName(scenario, 'Jamie', /they \/ them/);
  await onboarding.dates(addDays(today(), -daysAgo), addDays(today(), -daysAgo));
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('link', { name: 'Write down why it ended' }).click();
  const reflect = new ReflectPage(page);
  await reflect.addProblem('We stopped making time for each other.', /Both of us/, true);
  await reflect.yesToAll('Jamie');
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  return page;
}

const api = (page: Page, path: string, data: unknown) =>
  page.request.post(`${base}/api${path}`, { data, headers: { origin: base } });

/** A steady full check wanting Jamie back at `checkedAt`, then the first message at `sentAt`, through the API. */
async function checkedAndSent(page: Page, checkedAt: string, sentAt: string) {
  await api(page, '/checkins', { mood: 7, sad: 3, desperate: 2, steady: 7, wantBack: 'yes', at: checkedAt });
  await api(page, '/first-contact', { text: 'Hey Jamie, how are you?', channel: 'text', sentAt });
}

describe('the whole road', () => {
  it('i_ended: letter → no contact → check-in → first contact → warm reply → three outings → the talk → back together', async () => {
    const page = await onboard(/I ended it/, 100);
    await page.getByRole('link', { name: 'Write your apology letter' }).click();
    const editor = page.getByRole('textbox', { name: 'Your letter to Jamie' });
    await editor.fill('Jamie, I have thought a lot about it and to be honest it was my fault. Please reply.');
    await page.getByText('This asks for an answer.').waitFor(); // a warning, never a block
    await editor.fill(
      'Jamie, I have thought a lot about it, and to be honest, it was my fault. I regret ending it; it was a mistake. I am sorry I hurt you, and I understand if you are angry. It will not happen again. I hope you can forgive me, but I will accept whatever you decide.',
    );
    await page.getByRole('heading', { name: 'What a good letter does (7 of 7)' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'letter');
    await page.getByLabel('The day you sent it').fill(addDays(today(), -90));
    await page.getByRole('button', { name: 'I sent it' }).click();
    await page.getByRole('heading', { name: /^Sent on / }).waitFor();
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.getByText('You are giving Jamie space: day 90 of no contact.').waitFor();

    // A steady full check and the first message, dated in the past through the same API.
    await checkedAndSent(page, `${addDays(today(), -60)}T09:00:00Z`, `${addDays(today(), -59)}T18:00:00Z`);
    await page.goto(`${base}/first-contact`);
    await page.getByRole('heading', { name: 'How did Jamie respond?' }).waitFor();
    await page.getByRole('radio', { name: /^Warm/ }).check();
    await expectAccessible(page);
    await screenshot(page, 'first-contact');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Jamie answered. Next: slow, light time together.').waitFor();

    await page.goto(`${base}/outings`);
    for (const [what, daysAgo] of [
      ['Coffee by the river', 50],
      ['Mini golf', 35],
      ['A walk in the park', 10],
    ] as const) {
      await page.getByRole('textbox', { name: 'What did you do?' }).fill(what);
      await page.getByLabel('When').fill(addDays(today(), -daysAgo));
      await page.getByRole('button', { name: 'Log it' }).click();
      await page.getByText(what, { exact: true }).waitFor();
    }
    await page.getByText(/A few light outings over a month: done\. The talk can open\./).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outings');

    await page.goto(`${base}/today`);
    await page.getByRole('link', { name: 'Prepare for the talk' }).click();
    await page
      .getByRole('textbox', { name: 'What has changed since?' })
      .fill('We both say what we need now.');
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('radio', { name: 'We are getting back together' }).check();
    await expectAccessible(page);
    await screenshot(page, 'talk');
    await page.getByRole('button', { name: 'Save', exact: true }).last().click();
    await page.getByText('You and Jamie are back together. Keep what you learned close.').waitFor();
    await page.getByRole('link', { name: 'Keep it healthy' }).click();
    await page.getByText('We stopped making time for each other.').waitFor();
    await screenshot(page, 'together');
  });

  it('they_ended: the first message gets no reply → moving on, with the contact tools gone', async () => {
    let page = await onboard(/They ended it/, 45);
    await page.goto(`${base}/checkin`);
    await page.getByRole('slider', { name: /Overall mood/ }).fill('7');
    await page.getByRole('slider', { name: /How sad/ }).fill('3');
    await page.getByRole('slider', { name: /How desperate/ }).fill('2');
    await page.getByRole('slider', { name: /How steady/ }).fill('7');
    await page.getByRole('radio', { name: 'Yes, I still want to try' }).check();
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page
      .getByText('You are steady. If you still want to, you can write one short, friendly message.')
      .waitFor();

    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.getByRole('link', { name: 'Write one short, friendly message' }).click();
    await page
      .getByRole('textbox', { name: 'Your message to Jamie' })
      .fill('Hey Jamie, I hope things are good. How is the new job?');
    await page.getByRole('radio', { name: 'A message', exact: true }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'I sent it' }).click();
    await page.getByRole('heading', { name: 'How did Jamie respond?' }).waitFor();
    // Minutes after sending, silence is not an answer yet: "no reply" waits for the window.
    await page.getByText('No answer yet? That is normal.', { exact: false }).waitFor();
    expect(await page.getByRole('radio', { name: /^No reply/ }).count()).toBe(0);
    await page.getByRole('radio', { name: /^Warm/ }).waitFor();

    // Someone whose message went out a week ago can say nothing came back.
    const quiet = await onboard(/They ended it/, 45);
    await checkedAndSent(quiet, `${addDays(today(), -8)}T09:00:00Z`, `${addDays(today(), -7)}T09:00:00Z`);
    await quiet.goto(`${base}/first-contact`);
    await quiet.getByRole('radio', { name: /^No reply/ }).check();
    await quiet.getByRole('button', { name: 'Save' }).click();
    await quiet.getByText(/Rekindle will not suggest another message/).waitFor();

    await quiet.getByRole('link', { name: 'Back to Today' }).click();
    await quiet.getByText('You are choosing yourself. This is a way forward, not a failure.').waitFor();
    await quiet.getByRole('list', { name: 'Healing milestones' }).waitFor();
    // The first message was contact too: the healing count starts from it, not from the breakup,
    // and the No-contact page says the same.
    expect(await quiet.locator('.counter-number').textContent()).toBe('7 days');
    await quiet.goto(`${base}/no-contact`);
    expect(await quiet.locator('.counter-number').textContent()).toBe('7 days');
    await quiet.goto(`${base}/today`);
    await page.close();
    page = quiet;
    expect(await page.getByRole('link', { name: /message|outing|talk/i }).count()).toBe(0);
    await page.goto(`${base}/outings`);
    await page.getByRole('heading', { name: 'Not on your path right now' }).waitFor();
    await page.goto(`${base}/today`);
    await expectAccessible(page);
    await screenshot(page, 'moving-on');
  });

  it('self-work: log an activity and see it in the 8-week picture', async () => {
    const page = await onboard(/Both of us/, 10);
    await page.goto(`${base}/self-work`);
    await page.getByRole('radio', { name: /^Move/ }).check();
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('A long walk by the sea');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page
      .getByText('1 thing for yourself in 8 weeks, most of them moving; 1 this week (goal 3).')
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'self-work');
    await page.getByRole('link', { name: 'Write in your journal' }).click();
    await page.getByRole('heading', { name: 'Your journal' }).waitFor();
    // Crisis lines appear as soon as the words are typed, before anything is saved.
    await page.getByRole('textbox').first().fill('Some nights I just want to die.');
    await page.getByRole('heading', { name: 'If you are thinking about ending your life' }).waitFor();
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page
      .getByRole('list', { name: 'Journal entries' })
      .getByText('Some nights I just want to die.')
      .waitFor();
    await expectAccessible(page);
  });
});
