import { RequestError, request } from './client.ts';

/** Whether this browser can receive Web Push at all (a service worker, the Push API, notifications). */
export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

/**
 * The service worker's registration, waiting a little for it: the app registers /sw.js two
 * seconds after the page has loaded, so a button pressed at once may come before it.
 */
async function registration(waitMs = 8000): Promise<ServiceWorkerRegistration | undefined> {
  if (!pushSupported()) return undefined;
  const existing = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (existing?.active) return existing;
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<ServiceWorkerRegistration | undefined>((resolve) =>
      setTimeout(() => resolve(existing), waitMs),
    ),
  ]);
}

/** This device's push subscription, or null when it has none (or cannot have one). */
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  const reg = await registration(0);
  if (!reg) return null;
  return reg.pushManager.getSubscription().catch(() => null);
}

/** A base64url string (the VAPID key) as the bytes pushManager.subscribe expects. */
function base64urlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const deniedMessage =
  'Notifications are turned off for Rekindle in this browser. To allow them, open the site settings ' +
  '(the icon beside the address, or your browser’s settings under Notifications), allow ' +
  'notifications for this site, and then try again here.';
const dismissedMessage =
  'Notifications were not allowed this time. Whenever you are ready, try again and choose Allow.';
const unsupportedMessage =
  'This browser cannot show notifications from Rekindle. Reminders still appear in the app, and by email if you turn that on.';
const notReadyMessage = 'Rekindle is still getting ready on this device. Please wait a moment and try again.';
const subscribeFailedMessage =
  'This browser could not set up notifications just now. Please try again in a moment; reminders still appear in the app.';

/**
 * Asks for permission to show notifications, subscribes this device with the server's key and
 * tells the server, so reminders can come as notifications here.
 */
export async function subscribeToPush(): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!pushSupported()) return { ok: false, message: unsupportedMessage };
  let permission: NotificationPermission;
  try {
    permission = await Notification.requestPermission();
  } catch {
    permission = Notification.permission;
  }
  if (permission === 'denied') return { ok: false, message: deniedMessage };
  if (permission !== 'granted') return { ok: false, message: dismissedMessage };

  const reg = await registration();
  if (!reg) return { ok: false, message: notReadyMessage };
  try {
    const { publicKey } = await request('GET', '/push/key');
    const applicationServerKey = base64urlBytes(publicKey);
    let subscription = await reg.pushManager.getSubscription();
    // One made with another server's key cannot be used: replaced by one with this key.
    if (subscription && !sameKey(subscription.options.applicationServerKey, applicationServerKey)) {
      await subscription.unsubscribe().catch(() => false);
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
    // A subscription made for a push service always has its address and both keys.
    const { endpoint, keys } = subscription.toJSON();
    if (!endpoint || !keys?.p256dh || !keys.auth) return { ok: false, message: subscribeFailedMessage };
    await request('POST', '/push/subscriptions', {
      endpoint,
      keys: { p256dh: keys.p256dh, auth: keys.auth },
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof RequestError) return { ok: false, message: error.message };
    return { ok: false, message: subscribeFailedMessage };
  }
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a) return false;
  const bytes = new Uint8Array(a);
  return bytes.length === b.length && bytes.every((value, i) => value === b[i]);
}

/** Stops notifications on this device: the server forgets the subscription, then the browser. */
export async function unsubscribeFromPush(): Promise<void> {
  const subscription = await currentPushSubscription();
  if (!subscription) return;
  await request('DELETE', '/push/subscriptions', { endpoint: subscription.endpoint });
  await subscription.unsubscribe().catch(() => false);
}
