import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/core/time/days.ts';
import { browserSuite, expectAccessible, screenshot } from '../support/browser.ts';
import { writeAnUrge } from './pages.ts';
import { lastAfternoon, personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

const today = () => new Date().toISOString().slice(0, 10);
const dayLabel = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

const personIn = (daysAgo: number, width?: number) => personInNoContact(suite, base, daysAgo, width);

describe('the urge flow', () => {
  it('goes from the Today button through the calm-down to logged, and keeps the draft', async () => {
    const page = await personIn(6);
    // A fixed afternoon: late at night the checker would rightly say "wait" instead.
    await page.clock.install({ time: lastAfternoon() });
    await writeAnUrge(page, 'Robin', 'I miss you so much, please just talk to me');
    // The checker reads it in the browser as it is typed, pointing at the words.
    await page.getByRole('heading', { name: 'This could hurt more than help' }).waitFor();
    await page.locator('mark', { hasText: 'talk to me' }).waitFor();
    await screenshot(page, 'urge-reading');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Keep it here, and breathe' }).click();

    await page.getByRole('heading', { name: 'Give it ninety seconds' }).waitFor();
    await page.getByText('We stopped listening to each other.').waitFor(); // their own reasons
    expect(await page.getByRole('button', { name: 'Waiting…' }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'urge-wait');
    await page.clock.runFor(91_000);
    await page.getByRole('button', { name: 'Go on' }).click();

    await page.getByRole('heading', { name: 'Log it' }).waitFor();
    await page.getByRole('slider', { name: /How strong was the urge/ }).fill('8');
    await page.getByRole('radio', { name: 'It is late at night' }).check();
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByRole('heading', { name: 'Logged' }).waitFor();
    await page.getByText('Your draft is kept with this urge.').waitFor();

    await page.getByRole('link', { name: 'See your no-contact record' }).click();
    await page.getByText('An urge, 8 out of 10').waitFor();
    await page.getByText('The draft you kept').click();
    await page.getByText('I miss you so much, please just talk to me').waitFor();
    // An urge never resets the count.
    await page.getByText('6 days of no contact').waitFor();
  });
});

describe('logging a slip', () => {
  it('moves the earliest-contact date on Today', async () => {
    const page = await personIn(10);
    await page
      .getByText(
        `First contact can open on ${dayLabel(addDays(today(), 20))}, if your check-in says you are steady.`,
      )
      .waitFor();
    await page.getByRole('link', { name: 'Your no-contact record' }).click();
    await page.getByRole('button', { name: 'You contacted them' }).click();
    const form = page.getByRole('form', { name: 'I contacted them' });
    await form.getByLabel('When').fill(addDays(today(), -1));
    await form.getByRole('radio', { name: 'A message' }).check();
    await form
      .getByRole('textbox', { name: 'What happened? (optional)' })
      .fill('I sent a long message after a party.');
    await form.getByRole('button', { name: 'Log it' }).click();
    await page.getByText(/That took honesty/).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page
      .getByText(
        `First contact can open on ${dayLabel(addDays(today(), 29))}, if your check-in says you are steady.`,
      )
      .waitFor();
    await page.getByText('You are giving Robin space: day 1 of no contact.').waitFor();
  });
});

describe('check-ins and progress', () => {
  it('a failing full check says "give it more time"; the chart renders with a text summary', async () => {
    const page = await personIn(40, 1280);
    const api = (path: string, data: unknown) =>
      page.request.post(`${base}/api${path}`, { data, headers: { origin: base } });
    for (let i = 21; i >= 1; i--) {
      const at = new Date(`${addDays(today(), -i)}T09:00:00Z`).toISOString();
      const better = i < 8 ? 3 : i < 15 ? 1 : 0;
      await api('/checkins', {
        mood: 3 + better,
        sad: 7 - better,
        desperate: 7 - better * 2,
        steady: 3 + better,
        at,
      });
      await api('/urges', { intensity: 8 - better * 2, trigger: 'night', at });
    }
    await page.goto(`${base}/checkin`);
    await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
    await page.getByRole('slider', { name: /How desperate or anxious/ }).fill('8');
    await page
      .getByRole('group', { name: 'Do you still want Robin back?' })
      .getByRole('radio', { name: 'Yes, I still want to try' })
      .check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page
      .getByText(`Give it more time, and check in again on ${dayLabel(addDays(today(), 3))}.`)
      .waitFor();

    await page.getByRole('link', { name: 'See how you have been' }).click();
    await page.getByRole('heading', { name: 'Mood and cravings, the last 8 weeks' }).waitFor();
    await page.locator('.chart canvas').waitFor();
    const summary = await page.locator('#progress-summary').textContent();
    // Mood: first week 3, last seven entries six 6s and today's 5 → 5.9. Strongest craving: 8 → 2.
    expect(summary).toBe(
      'Mood up from 3 to 5.9; cravings down by more than two thirds; 21 urges ridden out; 40 days of no contact over the last 8 weeks.',
    );
    await expectAccessible(page);
    await screenshot(page, 'progress');
  });
});
