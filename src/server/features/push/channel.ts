import { and, eq } from 'drizzle-orm';
import type webpush from 'web-push';
import { pushSubscriptions } from '../../db/schema.ts';
import type { Channel, DeliveryJob, SendResult } from '../reminders/channels.ts';
import { type VapidKeys, vapidKeys } from './vapid.ts';

/** What the service worker (src/web/public/sw.js) receives, encrypted for the device. */
export type PushPayload = { title: string; body: string; link: string; tag: string };

/** How long a push service keeps a reminder for a device that is off: a day, then it is stale. */
export const pushTtlSeconds = 24 * 60 * 60;
const timeoutMs = 15_000;

type Subscription = { id: string; endpoint: string; p256dh: string; auth: string };
/** One device's answer: delivered, gone for good (404/410), worth trying later, or refused. */
type Outcome = 'sent' | 'gone' | 'retry' | { refused: string };

/**
 * Reminders by Web Push, to each of the person's subscribed devices. The payload is encrypted
 * for each device (RFC 8291, aes128gcm) and signed with the server's VAPID key by web-push; it
 * is sent with fetch, so an http endpoint (a push service on a private network, or a test's)
 * works as well as https. A device the push service no longer knows (404, 410) is forgotten.
 * Nothing about a subscription or the words is logged: only outcome codes leave this function.
 */
export const pushChannel: Channel = async (job, { db, config }) => {
  const subscriptions: Subscription[] = await db
    .select({
      id: pushSubscriptions.id,
      endpoint: pushSubscriptions.endpoint,
      p256dh: pushSubscriptions.p256dh,
      auth: pushSubscriptions.auth,
    })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, job.userId));
  if (subscriptions.length === 0) return { ok: false, retry: false, code: 'no_subscription' };

  const keys = await vapidKeys(db);
  const payload = JSON.stringify(payloadOf(job));
  const outcomes = await Promise.all(
    subscriptions.map((s) => sendOne(s, payload, keys, config.vapidSubject)),
  );
  const gone = subscriptions.filter((_, i) => outcomes[i] === 'gone');
  for (const s of gone) {
    await db
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.id, s.id), eq(pushSubscriptions.endpoint, s.endpoint)));
  }
  return summarise(outcomes);
};

/**
 * Push services take about 4 KB once encrypted: words the person wrote themselves (a hard date's
 * label, with specific texts allowed) are shortened to fit rather than refused (413) every time.
 */
export const maxPayloadBytes = 3000;

function payloadOf(job: DeliveryJob): PushPayload {
  // A later reminder of the same kind replaces one still showing on the device.
  const payload = { title: job.title, body: job.body, link: job.link, tag: `rekindle-${job.kind}` };
  for (const field of ['body', 'title'] as const) {
    const over = jsonBytes(JSON.stringify(payload)) - maxPayloadBytes;
    if (over > 0) payload[field] = shorten(payload[field], over);
  }
  return payload;
}

const jsonBytes = (json: string) => Buffer.byteLength(json);
/** What one character costs inside a JSON string (an escaped quote is two bytes, an emoji four). */
const charBytes = (c: string) => jsonBytes(JSON.stringify(c)) - 2;
const ellipsis = ' …';

/** The text with whole characters taken from its end so it is `bytes` shorter, marked as cut. */
function shorten(text: string, bytes: number): string {
  const characters = [...text];
  let saved = -charBytes(ellipsis);
  while (characters.length > 0 && saved < bytes) saved += charBytes(characters.pop() ?? '');
  return characters.length > 0 ? characters.join('').trimEnd() + ellipsis : '';
}

async function sendOne(
  subscription: Subscription,
  payload: string,
  keys: VapidKeys,
  subject: string,
): Promise<Outcome> {
  let details: webpush.RequestDetails;
  try {
    // Loaded on the first push, not at start: a server that never pushes never holds it.
    const { default: webPush } = await import('web-push');
    details = webPush.generateRequestDetails(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      payload,
      {
        vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        contentEncoding: 'aes128gcm',
        TTL: pushTtlSeconds,
        urgency: 'normal',
      },
    );
  } catch {
    // Keys a browser would never give (not a P-256 point): this device cannot be written to.
    return { refused: 'push_bad_subscription' };
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  let status: number;
  try {
    const response = await fetch(details.endpoint, {
      method: 'POST',
      headers,
      body: details.body ? new Uint8Array(details.body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    await response.body?.cancel().catch(() => {});
  } catch {
    return 'retry'; // unreachable, reset or too slow: the service may be back later
  }
  if (status >= 200 && status < 300) return 'sent';
  if (status === 404 || status === 410) return 'gone';
  if (status === 429 || status >= 500) return 'retry';
  return { refused: `push_refused_${status}` };
}

/** Delivered if any device took it; otherwise retried if any might later, else given up. */
function summarise(outcomes: Outcome[]): SendResult {
  if (outcomes.includes('sent')) return { ok: true };
  if (outcomes.includes('retry')) return { ok: false, retry: true, code: 'push_unavailable' };
  const refused = outcomes.find((o) => typeof o === 'object');
  if (refused) return { ok: false, retry: false, code: refused.refused };
  return { ok: false, retry: false, code: 'subscription_gone' };
}
