import { randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { passwordResetTokens, sessions, users } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';
import { hashToken } from './sessions.ts';

/** How long a reset link works after the operator makes it. */
export const resetLinkMinutes = 30;

/**
 * Makes a one-time reset token for the person, replacing any earlier one. The token itself is
 * returned once, to be shown as a link; only its SHA-256 is stored.
 */
export async function createResetToken(db: Db, userId: string, at: Date) {
  const token = randomBytes(32).toString('base64url');
  const row = {
    tokenHash: hashToken(token),
    createdAt: at,
    expiresAt: new Date(at.getTime() + resetLinkMinutes * 60_000),
  };
  await db
    .insert(passwordResetTokens)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: passwordResetTokens.userId, set: row });
  return { token, expiresAt: row.expiresAt };
}

/** The `/reset` page's address for a token, on the origin people use to reach the app. */
export const resetLink = (origin: string, token: string) =>
  `${origin}/reset?token=${encodeURIComponent(token)}`;

/** Whose account a token opens, if it has not been used and has not expired; it is not used up. */
export async function findResetTokenOwner(db: Db, token: string, at: Date) {
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), gt(passwordResetTokens.expiresAt, at)));
  return row;
}

/**
 * Uses the token up and sets the new password, signing out every session of the account, in one
 * transaction. The token's row is deleted first: of two requests racing with one link, only the
 * one that deletes it changes the password. False when the link was used or expired meanwhile.
 */
export async function resetPassword(db: Db, token: string, password: string, at: Date) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), gt(passwordResetTokens.expiresAt, at)))
      .returning({ userId: passwordResetTokens.userId });
    if (!used) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
    await tx.delete(sessions).where(eq(sessions.userId, used.userId));
    return true;
  });
}
