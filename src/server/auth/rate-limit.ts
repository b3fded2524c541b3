import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { rateLimits } from '../db/schema.ts';
import { fail } from '../http/api-error.ts';

export type Limit = { name: string; max: number; windowMs: number };

/** Sign-in tries for one account, and from one address; sign-ups and reset links from one address. */
export const limits = {
  loginPerAccount: { name: 'login-account', max: 10, windowMs: 15 * 60_000 },
  loginPerAddress: { name: 'login-address', max: 50, windowMs: 15 * 60_000 },
  signupPerAddress: { name: 'signup-address', max: 30, windowMs: 60 * 60_000 },
  /** Tries of reset links (a weak password refused counts too). */
  resetPerAddress: { name: 'reset-address', max: 20, windowMs: 15 * 60_000 },
  /** Reset links asked for by email: from one address, and to one email address. */
  resetRequestPerAddress: { name: 'reset-request-address', max: 20, windowMs: 60 * 60_000 },
  resetRequestPerEmail: { name: 'reset-request-email', max: 3, windowMs: 60 * 60_000 },
  /** Confirmation emails sent again for one account; confirmation links tried from one address. */
  confirmationPerAccount: { name: 'confirmation-account', max: 5, windowMs: 60 * 60_000 },
  confirmPerAddress: { name: 'confirm-address', max: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

// Keys are hashed: the table never holds an email or an IP address in the clear.
const keyOf = (limit: Limit, subject: string) =>
  `${limit.name}:${createHash('sha256').update(subject).digest('base64url')}`;

function windowOf(limit: Limit, at: Date) {
  const start = Math.floor(at.getTime() / limit.windowMs) * limit.windowMs;
  return {
    start: new Date(start),
    retryAfterSeconds: Math.max(1, Math.ceil((start + limit.windowMs - at.getTime()) / 1000)),
  };
}

/**
 * Counts one try against the subject's window first, in one atomic upsert, and throws `reason`
 * (429, with Retry-After) when that try is past the limit. Counting before the slow work (argon2) means
 * concurrent tries each get their own number, so none slips past the limit.
 */
export async function takeFromLimit(
  db: Db,
  limit: Limit,
  subject: string,
  at: Date,
  reason: 'too_many_tries' | 'too_many_wrong_passwords' | 'too_many_email_tries' | 'too_many_checks',
) {
  const { start, retryAfterSeconds } = windowOf(limit, at);
  const [row] = await db
    .insert(rateLimits)
    .values({ key: keyOf(limit, subject), windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if (row && row.count > limit.max) {
    throw fail(reason, { seconds: retryAfterSeconds });
  }
}

/** Gives back a try taken at `at` that turned out not to count (a right password). */
export async function giveBackToLimit(db: Db, limit: Limit, subject: string, at: Date) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(
      and(eq(rateLimits.key, keyOf(limit, subject)), eq(rateLimits.windowStart, windowOf(limit, at).start)),
    );
}

export async function clearLimit(db: Db, limit: Limit, subject: string) {
  await db.delete(rateLimits).where(eq(rateLimits.key, keyOf(limit, subject)));
}

export async function deleteOldWindows(db: Db, at: Date) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(at.getTime() - 86_400_000)));
}
