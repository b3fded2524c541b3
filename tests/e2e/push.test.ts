import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSuite } from '../support/browser.ts';
import { newAccountOnAPhone } from './people.ts';

const base = inject('baseUrl');
const suite = browserSuite();

type Shown = { title: string; body: string; tag: string; icon: string; data: { link: string } };

/** The notifications the service worker is showing now. */
const shown = (page: Page) =>
  page.evaluate(() =>
    navigator.serviceWorker.ready.then((r) =>
      r.getNotifications().then((list) =>
        list.map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          icon: n.icon,
          data: n.data as { link: string },
        })),
      ),
    ),
  );

/** Waits until the worker shows a notification with this tag (push handling is asynchronous). */
async function shownWithTag(page: Page, tag: string): Promise<Shown> {
  const until = Date.now() + 10_000;
  for (;;) {
    const match = (await shown(page)).find((n) => n.tag === tag);
    if (match) return match;
    if (Date.now() > until) throw new Error(`No notification tagged ${tag} was shown.`);
    await page.waitForTimeout(100);
  }
}

/** The app's service worker registration id, as DevTools names it. */
async function registrationId(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted && r.scopeURL === `${origin}/`);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

describe('reminders by Web Push, as the service worker shows them', () => {
  it('shows a pushed reminder with its words and where it leads, and calm words for anything else', async () => {
    const origin = new URL(base).origin;
    const { context, page, errors } = await newAccountOnAPhone(suite, base, 'push', {
      permissions: ['notifications'],
    });
    expect(await page.evaluate(() => Notification.permission)).toBe('granted');

    // The server hands out its VAPID key to the signed-in person, as subscribeToPush asks for it.
    const key = await page.evaluate(() => fetch('/api/push/key').then((r) => r.json()));
    expect(key).toEqual({ publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{87}$/) });

    const cdp = await context.newCDPSession(page);
    const id = await registrationId(cdp, origin);
    const push = (data: string) =>
      cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: id, data });

    await push(
      JSON.stringify({
        title: 'Rekindle: a reminder for today',
        body: 'A moment to check in with yourself, whenever suits you.',
        link: '/checkin',
        tag: 'rekindle-check_in',
      }),
    );
    expect(await shownWithTag(page, 'rekindle-check_in')).toEqual({
      title: 'Rekindle: a reminder for today',
      body: 'A moment to check in with yourself, whenever suits you.',
      tag: 'rekindle-check_in',
      icon: `${origin}/icon-192.png`,
      data: { link: '/checkin' },
    });

    // A later one of the same kind takes its place rather than piling up.
    await push(
      JSON.stringify({ title: 'Rekindle', body: 'Later words.', link: '/checkin', tag: 'rekindle-check_in' }),
    );
    await expect
      .poll(async () => (await shown(page)).filter((n) => n.tag === 'rekindle-check_in'))
      .toEqual([expect.objectContaining({ body: 'Later words.' })]);

    // A payload that is not JSON still says something, in the neutral words, and leads to Today.
    await push('not json at all');
    expect(await shownWithTag(page, 'rekindle')).toMatchObject({
      title: 'Rekindle',
      body: 'Rekindle: a reminder for today',
      data: { link: '/today' },
    });

    // A link to another site never leaves the app.
    for (const [i, link] of ['https://example.com/x', '//example.com/x', 'javascript:alert(1)'].entries()) {
      await push(
        JSON.stringify({ title: 'Rekindle', body: 'Elsewhere?', link, tag: `rekindle-elsewhere-${i}` }),
      );
      await expect
        .poll(async () => (await shown(page)).find((n) => n.tag === `rekindle-elsewhere-${i}`)?.data)
        .toEqual({
          link: '/today',
        });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
