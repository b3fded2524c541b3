import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot } from '../support/browser.ts';
import { writeAnUrge } from './pages.ts';
import { lastAfternoon, personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

const personIn = () => personInNoContact(suite, base, 6);

const crisisCard = (page: Page) => page.getByRole('region', { name: "You don't have to carry this alone" });

describe('the care layer', () => {
  it('a journal entry about not wanting to live brings help to Today, which stays after a reload until answered', async () => {
    const page = await personIn();
    expect(await crisisCard(page).count()).toBe(0);
    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await page.getByRole('textbox').first().fill("I don't see the point in living anymore");
    // Asked at once, as it is typed: gently, with help one tap away.
    await crisisCard(page).waitFor();
    await crisisCard(page).getByText('Is that right?').waitFor();
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText("I don't see the point in living anymore", { exact: true }).waitFor();

    await page.goto(`${base}/today`);
    await crisisCard(page).waitFor();
    await page.reload();
    await crisisCard(page).waitFor();
    await crisisCard(page).getByRole('link', { name: 'Get help now' }).waitFor();
    await crisisCard(page).getByRole('link', { name: 'My safety plan' }).waitFor();
    // Help comes first: the way to text the ex is below the page while help is pinned…
    const help = await crisisCard(page).boundingBox();
    const urge = await page.getByRole('link', { name: 'I want to text Robin' }).boundingBox();
    expect(urge!.y).toBeGreaterThan(help!.y);
    // …and not on the help page at all.
    await page.getByRole('banner').getByRole('link', { name: 'Get help' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('link', { name: 'I want to text Robin' }).count()).toBe(0);
    await page.goto(`${base}/today`);
    await crisisCard(page).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'care-today');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page);
    await screenshot(page, 'care-today-dark');
    await page.emulateMedia({ colorScheme: null });

    // Answering puts the card away; the way to help in the header stays.
    await crisisCard(page).getByRole('button', { name: "That's not what I meant" }).click();
    await crisisCard(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await crisisCard(page).count()).toBe(0);
    await page.getByRole('link', { name: 'Get help' }).first().waitFor();
  });

  it('in the urge composer the crisis card replaces the coaching and survives the next step', async () => {
    const page = await personIn();
    await page.clock.install({ time: lastAfternoon() });
    await writeAnUrge(page, 'Robin', 'everyone would honestly be better off without me');
    await crisisCard(page).waitFor();
    // No coaching of the draft under the crisis card.
    expect(await page.getByText('Good: short and easy to read').count()).toBe(0);
    // Under the text box too, where a phone's keyboard cannot hide it while they type.
    const underBox = page.locator('textarea ~ .care-inline, .field:has(textarea) ~ .care-inline');
    expect(await underBox.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('/help');
    await expectAccessible(page);
    await screenshot(page, 'care-urge');

    await page.getByRole('button', { name: 'Keep it here' }).click();
    // The next step: the card is still there, and the craving wait is not.
    await page.getByRole('heading', { name: 'Log it' }).waitFor();
    await crisisCard(page).waitFor();
    expect(await page.getByRole('heading', { name: 'Give it ninety seconds' }).count()).toBe(0);

    await crisisCard(page).getByRole('button', { name: "Yes, it's like that" }).click();
    await crisisCard(page).getByText('If you might act on these thoughts now').waitFor();
    await page.getByRole('slider', { name: /How strong was the urge/ }).fill('9');
    await page.getByRole('radio', { name: 'It is late at night' }).check();
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByRole('heading', { name: 'Logged' }).waitFor();
    // Still there after logging: now from what the server recorded.
    await crisisCard(page).waitFor();
    await page.goto(`${base}/today`);
    await crisisCard(page).waitFor();
  });

  it('"that\'s not what I meant" holds for those words, and a new sentence that sounds that way brings help back', async () => {
    const page = await personIn();
    await page.clock.install({ time: lastAfternoon() });
    await writeAnUrge(page, 'Robin', "I don't want to be alive anymore.");
    await crisisCard(page).getByRole('button', { name: "That's not what I meant" }).click();
    await crisisCard(page).waitFor({ state: 'detached' });
    const draft = page.getByRole('textbox', { name: 'What you want to tell Robin' });
    // More words that are not a sign: the answer holds.
    await draft.pressSequentially(' Work was long.');
    expect(await draft.inputValue()).toBe("I don't want to be alive anymore. Work was long.");
    await page.evaluate(() => Promise.resolve()); // the last keystroke's render
    expect(await crisisCard(page).count()).toBe(0);
    // A plan, in a sentence of its own: the card is back at once.
    await draft.pressSequentially(' Tonight I am going to take all my pills.');
    await crisisCard(page).waitFor();
  });

  it('an abuse signal asks rather than decides; "yes" recommends the healing path', async () => {
    const page = await personIn();
    await page.goto(`${base}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Your journal' }).waitFor();
    await page
      .getByRole('textbox')
      .first()
      .fill('he used to check my phone every night and made me share my location');
    await page.getByRole('button', { name: 'Save entry' }).click();
    const question = page.getByRole('region', { name: 'Your safety comes first' }).filter({
      hasText: 'Did something like this happen with Robin?',
    });
    await question.waitFor();
    await page.goto(`${base}/today`);
    await question.waitFor();
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Yes, it did' }).click();
    await question.waitFor({ state: 'detached' });
    const plan = await (await page.request.get(`${base}/api/today`)).json();
    expect(plan).toMatchObject({ stage: 'moving_on', movingOnReason: 'safety', safety: { concern: true } });
  });
});
