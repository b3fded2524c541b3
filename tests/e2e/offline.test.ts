import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite, watchErrors } from '../support/browser.ts';
import { newAccountOnAPhone, personInNoContact } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

describe('the app on the device (service worker)', () => {
  it('opens again without a network, says so kindly, and keeps nothing from the API', async () => {
    // Offline, Chromium logs each failed request; anything else is still an error.
    const { context, page, errors } = await newAccountOnAPhone(suite, base, 'offline');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'We could not open Rekindle' }).waitFor();
    await page.getByText('We could not reach Rekindle. Check your connection').waitFor();
    // The logo comes from the device too, not a broken image.
    expect(
      await page
        .locator('img')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);

    // Stored on the device: the page and its files, never an answer from /api.
    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(stored).toContain('/index.html');
    expect(stored.some((u) => u.startsWith('/assets/'))).toBe(true);
    expect(stored.filter((u) => u.startsWith('/api/'))).toEqual([]);

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Let us start with what happened' }).waitFor();
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it("keeps every screen's code from the first visit, so a screen never opened before opens offline", async () => {
    // Offline, Chromium logs the entries it could not fetch; anything else is still an error.
    let errors: string[] = [];
    const watching = {
      browser: suite.browser,
      watch(p: Page) {
        errors = watchErrors(p);
      },
    };
    const page = await personInNoContact(watching, base, 4);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      return urls;
    });
    // The talk and the journal were never opened here; their code is on the device all the same.
    expect(stored.some((u) => /^\/assets\/talk-screen-.*\.js$/.test(u))).toBe(true);
    expect(stored.some((u) => /^\/assets\/journal-screen-.*\.js$/.test(u))).toBe(true);

    await page.context().setOffline(true);
    await page.evaluate(() => {
      history.pushState(null, '', '/journal');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    // The screen opens; only its entries cannot come, and it says so with a retry.
    await page.getByText('We could not reach Rekindle. Check your connection and try again.').waitFor();
    expect(await page.getByRole('heading', { name: 'This page did not open' }).count()).toBe(0);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().setOffline(false);
    await page.context().close();
  });
});
