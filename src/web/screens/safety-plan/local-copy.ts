import { type SafetyPlanSection, safetyPlanSections } from '../../../shared/api/safety-plan-limits.ts';

/**
 * The copy of a safety plan kept in this browser, so the plan opens without a network. It belongs
 * to one account (the key holds its id) and is removed at sign-out and on a quick exit.
 */

export type Sections = Record<SafetyPlanSection, string>;
export type LocalCopy = {
  /** The sections as last typed on this device. */
  plan: Sections;
  /** The sections as the server last had them; null when this device has not reached it yet. */
  synced: Sections | null;
  /** When the copy was last written. */
  savedAt: string;
};

const prefix = 'rekindle.safety-plan.';
const keyOf = (userId: string) => `${prefix}${userId}`;

/**
 * Moves on at each clearing: a save that was on its way when the person signed out or left in a
 * hurry must not write the copy back afterwards.
 */
let generation = 0;
export const copyGeneration = () => generation;

function keys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  } catch {
    return []; // storage switched off: there is simply no copy
  }
}

const isSections = (value: unknown): value is Sections =>
  typeof value === 'object' &&
  value !== null &&
  safetyPlanSections.every((s) => typeof (value as Record<string, unknown>)[s] === 'string');

/** The copy for this account, or undefined when there is none (or it is not one we can read). */
export function readCopy(userId: string): LocalCopy | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { plan, synced, savedAt } = stored as Record<string, unknown>;
    if (!isSections(plan) || !(synced === null || isSections(synced)) || typeof savedAt !== 'string')
      return undefined;
    return { plan, synced, savedAt };
  } catch {
    return undefined;
  }
}

/** Keeps the copy, unless the copies were cleared since `since` (a sign-out or quick exit). */
export function writeCopy(userId: string, copy: Omit<LocalCopy, 'savedAt'>, since: number): void {
  if (since !== generation) return;
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify({ ...copy, savedAt: new Date().toISOString() }));
  } catch {
    // Full or switched off: the plan still saves to the server; it just will not open offline.
  }
}

/** The account whose copy was written last: who was signed in here when the network went. */
export function lastCopyOwner(): string | undefined {
  let newest: { userId: string; savedAt: string } | undefined;
  for (const key of keys()) {
    const userId = key.slice(prefix.length);
    const copy = readCopy(userId);
    if (copy && (!newest || copy.savedAt > newest.savedAt)) newest = { userId, savedAt: copy.savedAt };
  }
  return newest?.userId;
}

/** One account's plan on a device: copies another account left behind are removed. */
export function dropOtherCopies(userId: string): void {
  for (const key of keys()) {
    if (key !== keyOf(userId)) localStorage.removeItem(key);
  }
}

/** Removes every copy on this device (sign-out, quick exit). */
export function clearSafetyPlanCopies(): void {
  generation++;
  for (const key of keys()) localStorage.removeItem(key);
}

// A quick exit can be pressed from any page, with the plan's screen not loaded: this module is
// part of the first load (the session imports it for signing out), so it listens from the start.
if (typeof window !== 'undefined') window.addEventListener('rekindle:quick-exit', clearSafetyPlanCopies);
