import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/core/time/days.ts';
import { browserSuite, expectAccessible, screenshots } from '../support/browser.ts';
import { lastAfternoon, personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();
const today = () => new Date().toISOString().slice(0, 10);

describe('the urge composer during no contact', () => {
  it('reads the draft without coaching a better one, and the calm-down opens at its top', async () => {
    const page = await personInNoContact(suite, base, 5);
    await page.setViewportSize({ width: 360, height: 740 });
    // A fixed afternoon: late at night the checker would rightly say "wait" instead.
    await page.clock.install({ time: lastAfternoon() });
    await page.getByRole('link', { name: 'I want to text Robin' }).click();
    await page
      .getByRole('textbox', { name: 'What you want to tell Robin' })
      .fill(`Please come back to me, I need you. ${'I keep thinking about us. '.repeat(12)}`);
    await page.getByRole('heading', { name: 'This could hurt more than help' }).waitFor();
    await page.getByText('For now, nothing needs sending.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'What could work instead' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'small-urge-reading');

    await page.getByRole('button', { name: 'Keep it here, and breathe' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Give it ninety seconds' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Give it ninety seconds');
    await screenshots(page, 'small-calm-down');
  });
});

describe('first contact, with care', () => {
  it('nudges toward the recommended day, copies the message, and reads it more carefully on request', async () => {
    const page = await personInNoContact(suite, base, 40);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.request.post(`${base}/api/checkins`, {
      data: { mood: 7, sad: 3, desperate: 2, steady: 7, wantBack: 'yes' },
      headers: { origin: base },
    });
    await page.reload();
    const recommended = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${addDays(today(), 20)}T12:00:00Z`));
    // On Today and on the composer: contact is open at the minimum, the plan suggests 60 days.
    await page.getByText(`we suggest waiting until ${recommended}`, { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Write one short, friendly message' }).click();
    await page.getByText(`we suggest waiting until ${recommended}`, { exact: false }).waitFor();

    const message = 'Hey Robin, I hope work has calmed down. How are you?';
    await page.getByRole('textbox', { name: 'Your message to Robin' }).fill(message);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await page.getByText('Copied. Paste it into your own messages app', { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await expectAccessible(page);
    await screenshots(page, 'small-first-contact');

    // On request, the server reads the draft with its fuller model; a changed draft asks again.
    const box = page.getByRole('textbox', { name: 'Your message to Robin' });
    await box.fill('I miss you so much. Please can we talk, I need you back.');
    await page.getByRole('button', { name: 'Read it more carefully' }).click();
    const closer = page.getByRole('heading', { name: /^A closer reading: / });
    await closer.waitFor();
    expect(await closer.textContent()).not.toContain('This reads calmly');
    await expectAccessible(page);
    await screenshots(page, 'small-first-contact-closer');
    await box.fill('Hey Robin, congrats on the new job!');
    await page.getByRole('button', { name: 'Read it more carefully' }).waitFor();
    expect(await closer.count()).toBe(0);
  });
});

describe('the emotion check', () => {
  it('says when skipping "do you still want them back?" means it will not count', async () => {
    const page = await personInNoContact(suite, base, 35);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('link', { name: 'Do your emotion check' }).click();
    await page.getByRole('group', { name: 'Do you still want Robin back?' }).waitFor();
    await page.getByText('Left unanswered, this is saved as a daily check-in', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'small-checkin');
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page
      .getByText('Saved as a daily check-in. It does not count toward opening contact', { exact: false })
      .waitFor();

    // Answered, the hint goes: this one counts.
    await page.goto(`${base}/checkin`);
    await page.getByRole('radio', { name: 'I am not sure' }).check();
    expect(await page.getByText('Left unanswered', { exact: false }).count()).toBe(0);
  });
});
