import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/core/time/days.ts';
import { expectAccessible, launchBrowser, screenshot, watchErrors } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { OnboardingPage, ReflectPage, TodayPage, WelcomePage } from './pages.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
let errors: string[] = [];
let current: Page | undefined;
afterEach(async (context) => {
  // On failure, print what the person would have seen: it is often the whole story.
  if (context.task.result?.state === 'fail' && current) {
    const text =
      (await current
        .locator('main')
        .textContent()
        .catch(() => null)) ?? '';
    console.error(`--- page at failure: ${current.url()}\n${text.slice(0, 3000)}`);
  }
  expect(errors).toEqual([]);
  errors = [];
});

/** Today in the browser zone we run with (UTC), for date inputs. */
const today = () => new Date().toISOString().slice(0, 10);

async function newPerson(width = 360): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  errors = watchErrors(page);
  current = page;
  await page.goto(base);
  await new WelcomePage(page).createAccount(uniqueEmail('plan'), 'a quiet walk by the river');
  await page.waitForURL(/\/onboarding$/);
  return page;
}

/** A new person through onboarding (the ending and last contact `daysAgo` days back), details skipped, on Reflect. */
async function onReflect(scenario: RegExp, ex: string, pronouns: RegExp, daysAgo: number) {
  const page = await newPerson();
  const onboarding = new OnboardingPage(page);
  await onboarding.whoAndName(scenario, ex, pronouns);
  await onboarding.dates(addDays(today(), -daysAgo), addDays(today(), -daysAgo));
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('link', { name: 'Write down why it ended' }).click();
  return { page, reflect: new ReflectPage(page) };
}

describe('onboarding → Today → Reflect', () => {
  it('they_ended: reflecting moves Today to no contact with the right earliest-contact date', async () => {
    const page = await newPerson();
    const onboarding = new OnboardingPage(page);
    await onboarding.heading().waitFor();
    await expectAccessible(page);
    await onboarding.whoAndName(/They ended it/, 'Robin', /she \/ her/);
    await onboarding.dates(addDays(today(), -12), addDays(today(), -10));
    await page.getByRole('heading', { name: 'A little more, if you like' }).waitFor();
    await expectAccessible(page);
    await onboarding.details(/More than 2 years/);

    const todayPage = new TodayPage(page);
    await todayPage.heading().waitFor();
    await page.getByText('Before anything else, take a calm, honest look at why it ended.').waitFor();
    expect(await page.getByText('90 days').first().isVisible()).toBe(true); // recommendation for 2+ years
    await screenshot(page, 'today-reflect');
    await page.getByRole('link', { name: 'Write down why it ended' }).click();

    const reflect = new ReflectPage(page);
    await reflect.heading().waitFor();
    await reflect.addProblem('We stopped making time for each other.', /Both of us/, true);
    await reflect.addProblem('I shut down instead of saying what bothered me.', /Mostly mine/, true);
    await reflect.answer('Did Robin treat you well?', 'Sometimes');
    await reflect.answer('Did Robin make you feel good about yourself?', 'Yes');
    await reflect.answer('Did you feel secure and safe in the relationship?', 'Yes');
    await reflect.answer('Do you really want Robin back?', /Yes, I want to try/);
    await reflect.save();
    await reflect.saved().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'reflect');

    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.getByText('You are giving Robin space: day 10 of no contact.').waitFor();
    const earliest = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${addDays(today(), 20)}T12:00:00Z`));
    await page
      .getByText(`First contact can open on ${earliest}, if your check-in says you are steady.`)
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'today-no-contact');

    await page.getByRole('link', { name: 'See your whole road' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your road' }).waitFor();
    expect(await page.locator('[aria-current="step"]').getByRole('heading').textContent()).toBe('No contact');
    await expectAccessible(page);
    await screenshot(page, 'roadmap');
  });

  it('i_ended: after reflecting, Today asks for the letter', async () => {
    const { page, reflect } = await onReflect(/I ended it/, 'Jo', /they \/ them/, 5);
    await reflect.addProblem('I ended it in the middle of a fight.', /Mostly mine/, true);
    await reflect.answer('Why did you end it?', /see if they would fight for me/);
    await page.getByText(/unfair to Jo, and risky/).waitFor();
    await reflect.yesToAll('Jo');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('link', { name: 'Write your apology letter' }).waitFor();
  });

  it('the safety path: not feeling safe shows support lines and asks before going on', async () => {
    const { page, reflect } = await onReflect(/They ended it/, 'Kai', /he \/ him/, 3);
    const problem = page.getByRole('textbox', { name: 'What happened?' });
    await problem.fill('He checked my phone and I was afraid of him');
    // Help appears while typing, before anything is saved.
    await page.getByRole('heading', { name: 'If you were hurt, threatened or controlled' }).waitFor();
    await reflect.addProblem('He checked my phone and I was afraid of him', /Mostly theirs/, false);
    await reflect.answer('Did Kai treat you well?', 'No');
    await reflect.answer('Did Kai make you feel good about yourself?', 'No');
    await reflect.answer('Did you feel secure and safe in the relationship?', 'No');
    await reflect.answer('Do you really want Kai back?', /I am not sure yet/);
    await reflect.save();
    await reflect.saved().waitFor();
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page
      .getByText('Your safety comes first. For now, Rekindle suggests healing for yourself.')
      .waitFor();
    await page.getByRole('link', { name: 'Hot Peach Pages' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'today-safety');
    await page.getByRole('link', { name: 'Look after your safety first' }).click();
    await page.getByRole('button', { name: 'I am safe and want to continue' }).click();
    await page.getByText('You are giving Kai space: day 3 of no contact.').waitFor();
  });

  it('Today and the road read well on a desktop too', async () => {
    const page = await newPerson(1280);
    const onboarding = new OnboardingPage(page);
    await onboarding.whoAndName(/Both of us/, 'Sam', /they \/ them/);
    await onboarding.dates(addDays(today(), -20), addDays(today(), -15));
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await new TodayPage(page).heading().waitFor();
    await page.getByText('Before anything else, take a calm, honest look at why it ended.').waitFor();
    await screenshot(page, 'today-desktop');
    await page.getByRole('link', { name: 'Your road' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your road' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'roadmap-desktop');
  });
});
