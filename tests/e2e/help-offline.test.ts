import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../support/browser.ts';

const base = inject('baseUrl');
const suite = browserSuite();

describe('help without a network', () => {
  it('a visitor who once opened Rekindle gets the help page and their country’s lines offline', async () => {
    const context = await suite
      .browser()
      .newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(base);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The lines are kept a little after the first paint.
    await page.waitForFunction(
      () => Object.keys(localStorage).some((k) => k.startsWith('rekindle.lines:')),
      null,
      {
        timeout: 15_000,
      },
    );

    await context.setOffline(true);
    await page.goto(`${base}/help`);
    await page.getByRole('heading', { level: 1, name: 'Get help' }).waitFor();
    await page.getByRole('heading', { name: /ending your life/ }).waitFor();
    const lines = await page
      .getByRole('region', { name: /ending your life/ })
      .locator(':scope > ul > li')
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(lines.length).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: /^Call / }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
