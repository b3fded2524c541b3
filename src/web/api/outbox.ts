import type { ApiPath, Body } from '../../shared/api/routes.ts';
import { RequestError, send } from './client.ts';
import { deviceGeneration, deviceKey, readDevice, removeDevice, writeDevice } from './device-store.ts';

/**
 * Writes made on this device that have not reached the server yet (an urge, a journal entry or a
 * check-in saved with no network),
 * kept in the signed-in account's outbox (api/device-store.ts) and sent, oldest first, when the
 * network is back. Each carries an `Idempotency-Key` made before its first try, so however often
 * it is sent again (an answer lost on the way back) the server writes it once.
 */
export type Queued = { key: string; path: string; body: unknown; madeAt: string };

/** What became of a send: written (the server's answer), or still waiting for a network. */
export type Sent = { status: 'sent'; data: unknown } | { status: 'waiting' };

const keyOf = (userId: string) => deviceKey('outbox', userId);

const isQueued = (value: unknown): value is Queued =>
  typeof value === 'object' &&
  value !== null &&
  'key' in value &&
  typeof value.key === 'string' &&
  'path' in value &&
  typeof value.path === 'string' &&
  'madeAt' in value &&
  typeof value.madeAt === 'string';

function queued(userId: string): Queued[] {
  const stored = readDevice(keyOf(userId));
  return Array.isArray(stored) ? stored.filter(isQueued) : [];
}

function drop(userId: string, key: string, since: number) {
  const rest = queued(userId).filter((item) => item.key !== key);
  if (rest.length > 0) writeDevice(keyOf(userId), rest, since);
  else if (since === deviceGeneration()) removeDevice(keyOf(userId));
}

/** A random key; crypto.randomUUID needs https, and Rekindle may be served over plain http at home. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * Puts a POST in `userId`'s outbox, where it stays until the server has answered it; `kept` is
 * false when this device could not store it (storage full or switched off). The path and body are
 * checked against the route (shared/api/routes.ts) here, before they are kept.
 */
export function enqueue<P extends ApiPath<'POST'>>(
  userId: string,
  path: P,
  body: Body<'POST', P>,
): { item: Queued; kept: boolean } {
  const item = { key: newIdempotencyKey(), path, body, madeAt: new Date().toISOString() };
  return { item, kept: writeDevice(keyOf(userId), [...queued(userId), item], deviceGeneration()) };
}

/** How many writes wait on this device. */
export const waitingCount = (userId: string) => queued(userId).length;

/** The writes to `path` still waiting on this device, oldest first (a screen may show them as not sent yet). */
export const waitingFor = (userId: string, path: ApiPath<'POST'>) =>
  queued(userId).filter((q) => q.path === path);

// One send at a time, so the screen's first try and a background retry never cross.
let chain: Promise<unknown> = Promise.resolve();
const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
};

/** Worth trying again later: no network, the server busy or down, or this key's first try still running. */
const tryAgainLater = (e: unknown) =>
  !(e instanceof RequestError) ||
  e.status === 0 ||
  e.status >= 500 ||
  [401, 408, 409, 429].includes(e.status);

/** The answers to writes sent from this page, by key: a write is never reported twice over. */
const answered = new Map<string, unknown>();

/**
 * Sends one queued write. Written: removed from the outbox. Refused for good (a 4xx such as 422):
 * removed, and the refusal is thrown, so the screen can say why while its form still holds the text.
 * Otherwise it waits in the outbox for the next try; one that could not be `kept` throws instead.
 */
export function sendNow(userId: string, item: Queued, kept = true): Promise<Sent> {
  return inTurn(async (): Promise<Sent> => {
    if (answered.has(item.key)) return { status: 'sent', data: answered.get(item.key) };
    // Gone from the outbox meanwhile: the device was cleared (sign-out, quick exit).
    if (kept && !queued(userId).some((q) => q.key === item.key)) return { status: 'waiting' };
    const since = deviceGeneration();
    try {
      // Read back from the device, so untyped: it was checked against its route when it was kept.
      const data = await send('POST', item.path, item.body, { 'Idempotency-Key': item.key });
      answered.set(item.key, data);
      drop(userId, item.key, since);
      return { status: 'sent', data };
    } catch (e) {
      if (kept && tryAgainLater(e)) return { status: 'waiting' };
      drop(userId, item.key, since);
      throw e;
    }
  });
}

/** Sends everything waiting, oldest first; true when the outbox is empty afterwards. */
async function sendAll(userId: string): Promise<boolean> {
  let sent = 0;
  for (const item of queued(userId)) {
    const result = await sendNow(userId, item).catch(() => undefined);
    if (result?.status === 'waiting') break;
    if (result?.status === 'sent') sent++;
  }
  if (sent > 0) window.dispatchEvent(new Event('rekindle:outbox-sent'));
  return queued(userId).length === 0;
}

/**
 * While `userId` is signed in here: sends the outbox now, when the network comes back, when the app
 * is shown again, and after a failed try (2 s, then twice as long each time, at most a minute).
 * Returns the function that stops it.
 */
export function keepSending(userId: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = 2000;
  let stopped = false;
  const attempt = async () => {
    clearTimeout(timer);
    if (stopped || queued(userId).length === 0) return;
    if (await sendAll(userId)) {
      delay = 2000;
      return;
    }
    if (!stopped) timer = setTimeout(attempt, delay);
    delay = Math.min(delay * 2, 60_000);
  };
  const online = () => {
    delay = 2000;
    void attempt();
  };
  const shown = () => document.visibilityState === 'visible' && online();
  // The screen has just tried and failed: the next try comes after the pause, not at once.
  const queuedHere = () => {
    clearTimeout(timer);
    timer = setTimeout(attempt, delay);
  };
  window.addEventListener('online', online);
  window.addEventListener('rekindle:outbox-queued', queuedHere);
  document.addEventListener('visibilitychange', shown);
  void attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', online);
    window.removeEventListener('rekindle:outbox-queued', queuedHere);
    document.removeEventListener('visibilitychange', shown);
  };
}
