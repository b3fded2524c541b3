import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, expectAccessible, screenshots } from '../support/browser.ts';
import { personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

/** Pixels of the chart's canvas drawn in the page's accent colour (the mood line and its dots). */
const accentPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.chart canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
      if (data[i + 3]! > 200 && near < 30) n++;
    }
    return n;
  });

describe('progress from the first day', () => {
  it('draws one check-in and one urge on the day no contact began, names the trigger, and looks back a year', async () => {
    const page = await personInNoContact(suite, base, 0);
    await page.setViewportSize({ width: 360, height: 740 });
    const post = (path: string, data: unknown) =>
      page.request.post(`${base}/api${path}`, { data, headers: { origin: base } });
    const now = new Date().toISOString();
    await post('/checkins', { mood: 4, sad: 7, desperate: 6, steady: 3, wantBack: null, at: now });
    await post('/urges', { intensity: 8, trigger: 'night', at: now });

    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'How you have been' }).waitFor();
    await page
      .getByText('One day with a check-in, mood 4; 1 urge ridden out over the last 8 weeks.')
      .waitFor();
    expect(await page.getByText(/Nothing logged/).count()).toBe(0);
    await page.getByText('Your one urge came late at night.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Late at night' }).waitFor();
    await expect.poll(() => accentPixels(page)).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, 'progress-first-day');

    await page.getByRole('radio', { name: 'A year' }).check();
    await page.getByRole('heading', { name: 'Mood and cravings, the last year' }).waitFor();
    await page
      .getByText('One day with a check-in, mood 4; 1 urge ridden out over the last 52 weeks.')
      .waitFor();
    expect(await page.locator('.strip li').count()).toBe(365);
    await page.getByText('Once a few urges are logged, this shows the hours they come most.').waitFor();

    // Three urges at the same hour: that time stands out, with a gentle plan for it.
    await post('/urges', { intensity: 6, trigger: 'night', at: now });
    await post('/urges', { intensity: 5, trigger: 'memory', at: now });
    await page.reload();
    await page.getByText(/^Most of your urges come between \d\d:00 and \d\d:00 \(3 of 3\)\.$/).waitFor();
    await page.getByText('A plan for those hours', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'progress-hard-hours');
  });
});
