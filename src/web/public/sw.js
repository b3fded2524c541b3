// Rekindle's service worker: keeps the app itself (the page and its hashed scripts and styles) on
// the device, so opening it again does not wait for the network, and it still opens without one.
// It never stores anything from /api: people's plans and writing stay on the server only.
// Named after the build by `rekindle build` (src/cli/build-web.ts): a new build, a new cache, and
// the previous build's files are dropped when this worker takes over.
const cacheName = 'rekindle-app';
const shell = '/index.html';
/** Fetched at install with the page: what it shows before any script runs. */
const alsoAtInstall = ['/icon.svg', '/manifest.webmanifest'];
/**
 * Every screen's code and styles, listed by `rekindle build` (src/cli/build-web.ts), fetched at
 * install too: a screen never opened before still opens without a network (the urge composer at
 * 2 a.m. on a train). One that cannot be fetched now is fetched when first opened instead.
 */
const precache = [];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache
          .addAll([shell, ...alsoAtInstall].map((url) => new Request(url, { cache: 'no-cache' })))
          .then(() => Promise.allSettled(precache.map((url) => cache.add(url)))),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The page from the cache at once, refreshed in the background for next time. */
async function page(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(shell);
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
        cache.put(shell, response.clone());
      }
      return response;
    })
    .catch(() => undefined);
  if (cached) return cached;
  return (await fresh) ?? Response.error();
}

/** Hashed files never change: the cache, else the network (and keep a copy). */
async function asset(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return; // always the network, never stored
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/') || alsoAtInstall.includes(url.pathname)) {
    event.respondWith(asset(request));
  }
});

// Reminders by Web Push (src/server/features/push/channel.ts sends { title, body, link, tag }).
// The words are the ones the server chose: neutral unless the person allowed more, as anyone
// glancing at a phone's lock screen can read them. A message it cannot read gets the same neutral
// words (core/reminders/schedule.ts, neutralText).
const neutral = { title: 'Rekindle', body: 'Rekindle: a reminder for today' };

/** A path inside this app, or Today: a notification never leads to another site. */
function appPath(link) {
  if (typeof link !== 'string' || !link.startsWith('/') || link.startsWith('//')) return '/today';
  try {
    const url = new URL(link, self.location.origin);
    return url.origin === self.location.origin ? url.pathname + url.search + url.hash : '/today';
  } catch {
    return '/today';
  }
}

const text = (value, fallback) => (typeof value === 'string' && value.trim() ? value : fallback);

self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data?.json() ?? {};
  } catch {
    message = {}; // not JSON: the neutral words still tell the person there is something for today
  }
  if (typeof message !== 'object' || message === null) message = {};
  const title = text(message.title, '');
  event.waitUntil(
    self.registration.showNotification(title || neutral.title, {
      body: title ? text(message.body, '') : neutral.body,
      data: { link: appPath(message.link) },
      icon: '/icon-192.png',
      // A newer reminder of the same kind takes the place of one still showing.
      tag: text(message.tag, 'rekindle'),
    }),
  );
});

/** Brings the app forward at the reminder's page: an open window if there is one, else a new one. */
async function openAt(path) {
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    try {
      const focused = await open.focus();
      if (new URL(focused.url).href === url) return focused;
      // navigate() works on windows this worker controls; any other gets a window of its own.
      return (await focused.navigate(url)) ?? self.clients.openWindow(url);
    } catch {
      return self.clients.openWindow(url);
    }
  }
  return self.clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openAt(appPath(event.notification.data?.link)));
});
