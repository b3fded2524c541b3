import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

let contexts = 0;

/**
 * Debian's Chromium, headless, with nothing that phones home. Each new context comes from its own
 * address (an X-Forwarded-For the e2e server trusts, e2e-setup.ts), as separate people would.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => {
    contexts++;
    const address = `10.${process.pid % 250}.${Math.floor(contexts / 250) % 250}.${contexts % 250}`;
    return newContext({
      ...options,
      extraHTTPHeaders: { 'x-forwarded-for': address, ...options.extraHTTPHeaders },
    });
  };
  return browser;
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** axe-core finds no accessibility violations on the page, in light and in dark mode. */
export async function expectAccessible(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Saves a full-page screenshot when SCREENSHOT_DIR is set (for reviewing what a person sees). */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
}

/** Light and dark, for reviewing what a person sees (with SCREENSHOT_DIR set). */
export async function screenshots(page: Page, name: string) {
  await screenshot(page, name);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: null });
}

/** Collects uncaught page errors and console errors; a test asserts the list stays empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs every 4xx as a resource error; the app handles those (401, 409, 422…). A 5xx still counts.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * The hooks every e2e file needs: one Chromium for the file, and after each test the page must
 * have logged no uncaught error. Call `watch(page)` on each new page.
 */
export function browserSuite() {
  let browser: Browser | undefined;
  let errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  afterEach(() => {
    expect(errors).toEqual([]);
    errors = [];
  });
  return {
    browser: () => browser!,
    watch(page: Page) {
      errors = watchErrors(page);
    },
  };
}
