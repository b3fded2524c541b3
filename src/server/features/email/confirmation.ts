import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { confirmationLinkHours } from '../../../shared/api/limits.ts';
import { hashToken } from '../../auth/sessions.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { emailTokens, users } from '../../db/schema.ts';
import { type SendFailure, sendMail } from './mailer.ts';

/**
 * Makes a confirmation token for the person's current address, replacing any earlier one (one
 * live link per person). The token is returned once, for the email; only its SHA-256 is stored.
 */
export async function createEmailToken(db: Db, user: { id: string; email: string }, at: Date) {
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.delete(emailTokens).where(eq(emailTokens.userId, user.id));
    await tx.insert(emailTokens).values({
      tokenHash: hashToken(token),
      userId: user.id,
      email: user.email,
      createdAt: at,
      expiresAt: new Date(at.getTime() + confirmationLinkHours * 3_600_000),
    });
  });
  return token;
}

export const confirmLink = (origin: string, token: string) =>
  `${origin}/confirm-email?token=${encodeURIComponent(token)}`;

// One line a paragraph: mail apps wrap plain text to the reader's screen.
const confirmationText = (link: string) =>
  [
    'Hello,',
    'A Rekindle account was made with this email address. To let Rekindle send you reminders and password reset links here, please confirm the address by opening this link:',
    link,
    `The link works once, for ${confirmationLinkHours} hours. If it has run out, you can ask for a new one from Reminders in the app.`,
    'If you did not make this account, you can ignore this email: nothing more is sent to an address that has not been confirmed.',
  ].join('\n\n');

/** Makes a fresh token and emails its link to the person's address. */
export async function sendConfirmation(
  db: Db,
  config: Config,
  user: { id: string; email: string },
  origin: string,
  at: Date,
): Promise<SendFailure | undefined> {
  const token = await createEmailToken(db, user, at);
  return sendMail(config, {
    to: user.email,
    subject: 'Rekindle: please confirm your email address',
    text: confirmationText(confirmLink(origin, token)),
  });
}

export type ConfirmOutcome = 'confirmed' | 'gone' | 'changed';

/**
 * Uses the token up and marks the address confirmed, in one transaction: of two requests racing
 * with one link, only the one that deletes the row confirms. An address changed since the link
 * was sent is not confirmed by it.
 */
export async function confirmEmail(db: Db, token: string, at: Date): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .delete(emailTokens)
      .where(and(eq(emailTokens.tokenHash, hashToken(token)), gt(emailTokens.expiresAt, at)))
      .returning({ userId: emailTokens.userId, email: emailTokens.email });
    if (!used) return 'gone';
    const [user] = await tx
      .select({ email: users.email, confirmedAt: users.emailConfirmedAt })
      .from(users)
      .where(eq(users.id, used.userId));
    if (!user || user.email !== used.email) return 'changed';
    await tx
      .update(users)
      .set({ emailConfirmedAt: at })
      .where(and(eq(users.id, used.userId), isNull(users.emailConfirmedAt)));
    return 'confirmed';
  });
}

/** The person's address and whether it is confirmed. */
export async function emailStateOf(db: Db, userId: string) {
  const [row] = await db
    .select({ email: users.email, confirmedAt: users.emailConfirmedAt })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}
