import { useEffect, useRef, useState } from 'react';
import { deviceGeneration, deviceKey, readDevice, removeDevice, writeDevice } from '../api/device-store.ts';
import { useSession } from '../api/session.tsx';

/**
 * What was stored, read back only where it fits `initial`: a string for a string; for an object,
 * each field whose type matches (or that `initial` leaves null). Anything else (an older shape,
 * a hand-edited value) is ignored rather than shown.
 */
function restore<T>(stored: unknown, initial: T): T | undefined {
  if (typeof initial === 'string') return typeof stored === 'string' ? (stored as T) : undefined;
  if (typeof initial !== 'object' || initial === null || typeof stored !== 'object' || stored === null)
    return undefined;
  const fields = Object.entries(stored).filter(([name, value]) => {
    const wanted = (initial as Record<string, unknown>)[name];
    return name in initial && (wanted === null || wanted === undefined || typeof wanted === typeof value);
  });
  return fields.length > 0 ? { ...initial, ...Object.fromEntries(fields) } : undefined;
}

/**
 * Form state kept on this device as it is typed (localStorage, under the signed-in account and
 * `form`), so a reload, a closed tab or leaving the page loses nothing. Returns the value, its
 * setter, and `forget` for once the server has the entry. Cleared with everything else at sign-out
 * and on a quick exit (api/device-store.ts); another account's draft is never read.
 *
 * `initial` is what the form shows without a draft (e.g. the saved entry); a draft that only
 * repeats it is not kept. Pass a `form` name per entry when a screen edits several, or undefined
 * to keep nothing (a form that edits an entry it cannot name).
 */
export function useDeviceDraft<T>(form: string | undefined, initial: T) {
  const { state } = useSession();
  const key =
    state.status === 'signed-in' && form !== undefined ? deviceKey('draft', state.user.id, form) : undefined;
  const [since] = useState(deviceGeneration);
  const [value, setValue] = useState<T>(() => (key && restore(readDevice(key), initial)) || initial);
  const typed = useRef(false);
  const initialText = JSON.stringify(initial);
  useEffect(() => {
    if (!key || !typed.current) return;
    if (JSON.stringify(value) === initialText) removeDevice(key);
    else writeDevice(key, value, since);
  }, [key, value, initialText, since]);
  const set = (next: T | ((previous: T) => T)) => {
    typed.current = true;
    setValue(next);
  };
  /**
   * Forgets the stored draft once the server has the entry; what is on screen stays (a form that
   * starts afresh sets its fields back, and a draft equal to `initial` is not kept).
   */
  const forget = () => {
    typed.current = false;
    if (key) removeDevice(key);
  };
  return [value, set, forget] as const;
}
