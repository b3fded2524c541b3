/**
 * What this device keeps for the signed-in account, in localStorage: the safety plan's copy, drafts
 * of forms, the outbox of writes waiting for a network, and the device lock (its PIN as a hash).
 * Every key names its account
 * (`rekindle.<kind>.<userId>` or `rekindle.<kind>.<userId>.<name>`), so nothing kept for one
 * account is ever shown to or sent for another. All of it goes at sign-out and on a quick exit,
 * except that a quick exit leaves the lock sealed (without its hash: ui/quick-exit.tsx), since its
 * sign-out may not reach the server; what another account left behind goes when someone signs in.
 */

export type DeviceKind = 'safety-plan' | 'draft' | 'outbox' | 'lock';
const kinds: DeviceKind[] = ['safety-plan', 'draft', 'outbox', 'lock'];
const prefixOf = (kind: DeviceKind) => `rekindle.${kind}.`;

export const deviceKey = (kind: DeviceKind, userId: string, name?: string) =>
  `${prefixOf(kind)}${userId}${name === undefined ? '' : `.${name}`}`;

/** The account a key belongs to (ids hold no dots). */
export const ownerOfKey = (kind: DeviceKind, key: string) =>
  key.slice(prefixOf(kind).length).split('.')[0] ?? '';

/**
 * Moves on at each clearing: a write that was on its way when the person signed out or left in a
 * hurry must not put anything back afterwards (writers pass the generation they started in).
 */
let generation = 0;
export const deviceGeneration = () => generation;

/** The keys of one kind on this device. */
export function deviceKeys(kind: DeviceKind): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(prefixOf(kind)));
  } catch {
    return []; // storage switched off: nothing is kept
  }
}

/** The parsed value at `key`, or undefined when there is none or it cannot be read. */
export function readDevice(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` at `key`, unless this device was cleared since `since`; false when not kept. */
export function writeDevice(key: string, value: unknown, since: number): boolean {
  if (since !== generation) return false;
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // full or switched off: the server still has what was saved there
  }
}

export function removeDevice(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // switched off: nothing to remove
  }
}

/** Removes what other accounts left on this device (someone else signed in here). */
export function dropOtherAccounts(userId: string): void {
  for (const kind of kinds) {
    for (const key of deviceKeys(kind)) if (ownerOfKey(kind, key) !== userId) removeDevice(key);
  }
}

/** Removes everything kept for any account (sign-out, quick exit). */
export function clearDevice({ keepLocks = false }: { keepLocks?: boolean } = {}): void {
  generation++;
  for (const kind of kinds) {
    if (keepLocks && kind === 'lock') continue;
    for (const key of deviceKeys(kind)) removeDevice(key);
  }
}

// A quick exit can be pressed from any page: this module is part of the first load (the session
// imports it for signing out), so it listens from the start.
// A quick exit keeps the PIN lock: its sign-out may not reach the server (no network), and whoever
// opens Rekindle next on this device must still meet the lock.
if (typeof window !== 'undefined')
  window.addEventListener('rekindle:quick-exit', () => clearDevice({ keepLocks: true }));
