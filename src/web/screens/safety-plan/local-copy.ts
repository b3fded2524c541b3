import { type SafetyPlanSection, safetyPlanSections } from '../../../shared/api/safety-plan-limits.ts';
import {
  deviceGeneration,
  deviceKey,
  deviceKeys,
  ownerOfKey,
  readDevice,
  removeDevice,
  writeDevice,
} from '../../api/device-store.ts';

/**
 * The copy of a safety plan kept in this browser, so the plan opens without a network. It belongs
 * to one account (the key holds its id) and is removed at sign-out and on a quick exit, with
 * everything else api/device-store.ts keeps.
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

const keyOf = (userId: string) => deviceKey('safety-plan', userId);

/** Moves on at each clearing of the device (sign-out, quick exit): see api/device-store.ts. */
export const copyGeneration = deviceGeneration;

const isSections = (value: unknown): value is Sections =>
  typeof value === 'object' &&
  value !== null &&
  safetyPlanSections.every((s) => typeof (value as Record<string, unknown>)[s] === 'string');

/** The copy for this account, or undefined when there is none (or it is not one we can read). */
export function readCopy(userId: string): LocalCopy | undefined {
  try {
    const stored = readDevice(keyOf(userId));
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
  // Not kept (full, switched off): the plan still saves to the server; it just will not open offline.
  writeDevice(keyOf(userId), { ...copy, savedAt: new Date().toISOString() }, since);
}

/** The account whose copy was written last: who was signed in here when the network went. */
export function lastCopyOwner(): string | undefined {
  let newest: { userId: string; savedAt: string } | undefined;
  for (const key of deviceKeys('safety-plan')) {
    const userId = ownerOfKey('safety-plan', key);
    const copy = readCopy(userId);
    if (copy && (!newest || copy.savedAt > newest.savedAt)) newest = { userId, savedAt: copy.savedAt };
  }
  return newest?.userId;
}

/** One account's plan on a device: copies another account left behind are removed. */
export function dropOtherCopies(userId: string): void {
  for (const key of deviceKeys('safety-plan')) if (key !== keyOf(userId)) removeDevice(key);
}
