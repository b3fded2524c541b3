import { useEffect } from 'react';
import { sealedLock } from './device-lock.ts';
import './quick-exit.css';

/** Where quick exit goes: an everyday page that says nothing about why Rekindle was open. */
export const neutralPage = 'https://www.bbc.com/weather';

/**
 * Kept through a quick exit: the country, and the support lines kept for offline use
 * (`rekindle.lines:…`), say nothing about why someone was here.
 */
const keptKeys = new Set(['rekindle.country']);

/**
 * Leaves Rekindle at once: forgets what this tab kept, asks other modules to wipe what they keep
 * offline (they listen for `rekindle:quick-exit`), signs out, then replaces this page in the tab's
 * history with a neutral one. Pages opened before stay in the browser's history (no page can
 * erase those); signed out, they show no one's data.
 */
export function quickExit(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage blocked: nothing was kept there.
  }
  try {
    const ours = Object.keys(localStorage).filter(
      (key) =>
        key.startsWith('rekindle.') &&
        !keptKeys.has(key) &&
        !key.startsWith('rekindle.lines:') &&
        // The PIN lock stays (api/device-store.ts says why).
        !key.startsWith('rekindle.lock.'),
    );
    for (const key of ours) localStorage.removeItem(key);
    // A PIN lock stays, as a seal without the PIN's hash: a short PIN is quickly guessed from it.
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('rekindle.lock.')))
      localStorage.setItem(key, JSON.stringify(sealedLock));
  } catch {
    // As above.
  }
  window.dispatchEvent(new Event('rekindle:quick-exit'));
  // No more reminders on this device's lock screen (best effort: the page is about to go; the
  // push service then tells the server the subscription is gone, and it is removed).
  try {
    void navigator.serviceWorker
      ?.getRegistration()
      .then((r) => r?.pushManager?.getSubscription())
      .then((s) => s?.unsubscribe())
      .catch(() => {});
  } catch {
    // No service worker here.
  }
  // Signed out too, so Back or a reopened tab shows no one's pages; keepalive lets the request
  // finish after this page is gone. Nothing waits for it.
  try {
    void fetch('/api/auth/logout', { method: 'POST', keepalive: true, credentials: 'same-origin' }).catch(
      () => {},
    );
  } catch {
    // No network: the neutral page still replaces this one.
  }
  window.location.replace(neutralPage);
}

/** A plainly labelled way out, one tap or the Escape key, for someone who may be watched. */
export function QuickExit() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Not while typing: Escape in a text box must not throw away the page someone is writing on.
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing && !typing) quickExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="quick-exit">
      <button type="button" className="button quick-exit-button" onClick={quickExit}>
        Quick exit
      </button>
      <p className="hint">Leaves Rekindle at once for a weather page.</p>
    </div>
  );
}
