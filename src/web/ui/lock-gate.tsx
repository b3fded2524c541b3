import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useRoute } from 'wouter';
import { useSession } from '../api/session.tsx';
import { LockedHelpScreen } from '../screens/help/help-screen.tsx';
import { type DeviceLock, idleTooLong, keepLock, pinOpens, readLock } from './device-lock.ts';
import { FormError } from './form-error.tsx';
import { FormFooter } from './form-footer.tsx';
import { Page } from './page.tsx';
import { PinField } from './pin-field.tsx';
import { useSubmit } from './use-submit.ts';

const touches = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;
// Coming back to the page (a phone woken, a tab shown again, a page restored from history).
const returns = ['focus', 'pageshow'] as const;

/**
 * Shows the signed-in app only while unlocked, when the person set a PIN on this device: locked
 * at every opening and after the idle time they chose. While locked, nothing of theirs is on the
 * page. What they were typing is kept by the device drafts, so locking loses nothing. Help stays
 * open without the PIN.
 */
export function LockGate({ userId, children }: { userId: string; children: ReactNode }) {
  const [lock, setLock] = useState<DeviceLock | undefined>(() => readLock(userId));
  const [locked, setLocked] = useState(() => lock !== undefined);
  const lastActive = useRef(Date.now());
  const wasLocked = useRef(locked);
  const [onHelp] = useRoute('/help');

  // The lock is set or removed on the account screen: read it again when that happens.
  useEffect(() => {
    const reread = () => setLock(readLock(userId));
    window.addEventListener('rekindle:lock-changed', reread);
    return () => window.removeEventListener('rekindle:lock-changed', reread);
  }, [userId]);

  useEffect(() => {
    if (!lock || locked) return;
    lastActive.current = Date.now();
    const idle = () => idleTooLong(lastActive.current, Date.now(), lock);
    const check = () => {
      if (idle()) setLocked(true);
    };
    // The first touch after a long pause (a laptop woken, a phone picked up) locks instead of
    // counting as activity, and goes no further into the app.
    const touched = (event: Event) => {
      if (!idle()) lastActive.current = Date.now();
      else {
        event.stopPropagation();
        setLocked(true);
      }
    };
    for (const event of touches) window.addEventListener(event, touched, { capture: true, passive: true });
    for (const event of returns) window.addEventListener(event, check);
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, 10_000);
    return () => {
      for (const event of touches) window.removeEventListener(event, touched, { capture: true });
      for (const event of returns) window.removeEventListener(event, check);
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [lock, locked]);

  // Unlocked: focus goes to the page that opens, not lost with the lock screen.
  useEffect(() => {
    if (wasLocked.current && !locked) document.getElementById('main')?.focus();
    wasLocked.current = locked;
  }, [locked]);

  const unlock = useCallback(() => setLocked(false), []);
  if (!lock || !locked) return <>{children}</>;
  if (onHelp) return <LockedHelpScreen />;
  return <LockScreen userId={userId} lock={lock} onUnlock={unlock} />;
}

const triesBeforePause = 5;
const pauseMs = 30_000;

function LockScreen({ userId, lock, onUnlock }: { userId: string; lock: DeviceLock; onUnlock: () => void }) {
  const { signOut } = useSession();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const misses = useRef(0);
  const pausedUntil = useRef(0);
  const form = useRef<HTMLFormElement>(null);
  const focusPin = () => form.current?.querySelector('input')?.focus();
  useEffect(() => {
    focusPin();
  }, []);

  // Signing out takes the PIN away with everything else this device keeps. If the server did not
  // sign the account out (no network), it is still signed in here, so the lock is put back.
  const leave = useSubmit(async () => {
    try {
      await signOut();
    } catch {
      keepLock(userId, lock);
      throw new Error('Rekindle could not sign you out just now. Check your connection and try again.');
    }
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (checking) return;
    if (Date.now() < pausedUntil.current) {
      setError('Too many tries. Wait half a minute, then try again.');
      return;
    }
    setChecking(true);
    setError(undefined); // cleared first, so the same message is read out again after another miss
    let opens: boolean;
    try {
      opens = await pinOpens(lock, pin);
    } catch {
      opens = false;
    }
    setChecking(false);
    setPin('');
    if (opens) return onUnlock();
    misses.current++;
    if (misses.current % triesBeforePause === 0) {
      pausedUntil.current = Date.now() + pauseMs;
      setError('That PIN did not open it. Too many tries: wait half a minute, then try again.');
    } else setError('That PIN did not open it. Try again.');
    focusPin();
  }

  return (
    <Page>
      <h1>Rekindle is locked</h1>
      {lock.sealed ? (
        <p id="lock-intro">
          Rekindle was left with a quick exit. To open it again, sign out, then sign in with your password.
        </p>
      ) : (
        <p id="lock-intro">Type your PIN to open it.</p>
      )}
      <form ref={form} className="card" onSubmit={submit} noValidate hidden={lock.sealed}>
        <PinField
          label="PIN"
          value={pin}
          onInput={(e) => setPin(e.currentTarget.value)}
          aria-describedby="lock-intro"
        />
        <FormError message={error} />
        <button type="submit" className="button primary" disabled={checking} aria-busy={checking}>
          {checking ? 'Checking…' : 'Open'}
        </button>
      </form>
      <form onSubmit={leave.onSubmit} noValidate>
        {!lock.sealed && (
          <p>Forgot your PIN? Sign out, then sign in with your password: the PIN goes with it.</p>
        )}
        <FormFooter error={leave.error} pending={leave.pending} busyLabel="Signing out…" kind="quiet">
          Sign out
        </FormFooter>
      </form>
      <p>
        Help opens without the PIN: <Link href="/help">Get help</Link>.
      </p>
    </Page>
  );
}
