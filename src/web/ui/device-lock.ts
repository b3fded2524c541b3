import { deviceGeneration, deviceKey, readDevice, removeDevice, writeDevice } from '../api/device-store.ts';

/**
 * An optional PIN on a shared device: Rekindle locks when it is opened and after a chosen idle
 * time, until the PIN is typed. It keeps a glance away (someone picking up the phone), not a
 * determined attacker: the session stays in its cookie. Kept on this device only, for one
 * account, as a salted PBKDF2 hash; it goes at sign-out and on a quick exit with everything else
 * the device keeps (api/device-store.ts).
 */
/**
 * `sealed`: left by a quick exit in place of the PIN's hash (a short PIN's hash is quickly
 * guessed by whoever holds the device): locked until the password is given again.
 */
export type DeviceLock = { salt: string; hash: string; idleMinutes: number; sealed?: true };

/** What a quick exit leaves of a lock (ui/quick-exit.tsx). */
export const sealedLock = { sealed: true } as const;

export const idleChoices = [1, 5, 15, 60] as const;
export const pinMaxDigits = 8;
export const pinPattern = new RegExp(`^\\d{4,${pinMaxDigits}}$`);
const iterations = 150_000;

const keyOf = (userId: string) => deviceKey('lock', userId);

/** Whether this browser can keep a lock (Web Crypto needs https or localhost). */
export const canLock = () => typeof crypto !== 'undefined' && crypto.subtle !== undefined;

export function readLock(userId: string): DeviceLock | undefined {
  const stored = readDevice(keyOf(userId));
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { salt, hash, idleMinutes, sealed } = stored as Record<string, unknown>;
  if (sealed === true) return { salt: '', hash: '', idleMinutes: 1, sealed: true };
  if (typeof salt !== 'string' || typeof hash !== 'string' || typeof idleMinutes !== 'number')
    return undefined;
  return { salt, hash, idleMinutes };
}

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function hashOf(pin: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
    key,
    256,
  );
  return hex(bits);
}

/** Sets (or replaces) the lock; false when this device could not keep it. */
export async function setLock(userId: string, pin: string, idleMinutes: number): Promise<boolean> {
  const since = deviceGeneration();
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  const hash = await hashOf(pin, salt);
  return writeDevice(keyOf(userId), { salt, hash, idleMinutes }, since);
}

/** Keeps `lock` as it is (a new idle time, or put back after a sign-out that did not reach the server). */
export function keepLock(userId: string, lock: DeviceLock): boolean {
  return writeDevice(keyOf(userId), lock, deviceGeneration());
}

export async function pinOpens(lock: DeviceLock, pin: string): Promise<boolean> {
  if (lock.sealed) return false;
  return (await hashOf(pin, lock.salt)) === lock.hash;
}

export function removeLock(userId: string): void {
  removeDevice(keyOf(userId));
}

/** Locked again when nothing was touched for the lock's idle time (and at every opening). */
export function idleTooLong(lastActive: number, now: number, lock: DeviceLock): boolean {
  return now - lastActive >= lock.idleMinutes * 60_000;
}
