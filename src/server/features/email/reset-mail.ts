import { and, eq, isNotNull } from 'drizzle-orm';
import { createResetToken, resetLink, resetLinkMinutes } from '../../auth/reset-tokens.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { type SendFailure, sendMail } from './mailer.ts';

// One line a paragraph: mail apps wrap plain text to the reader's screen.
const resetText = (link: string) =>
  [
    'Hello,',
    'Someone asked for a way to choose a new Rekindle password for the account with this email address. If that was you, open this link and choose a new one:',
    link,
    `The link works once, for ${resetLinkMinutes} minutes. Everything you wrote stays as it is. Once the new password is set, you are signed out on every device and can sign in again with it.`,
    'If you did not ask for this, you can ignore this email: your password stays as it is.',
  ].join('\n\n');

/**
 * Emails a one-time reset link, only when the address belongs to an account and is confirmed.
 * What happened is never told to whoever asked (undefined either way unless sending failed).
 */
export async function emailResetLink(
  db: Db,
  config: Config,
  email: string,
  origin: string,
  at: Date,
): Promise<SendFailure | undefined> {
  const [user] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), isNotNull(users.emailConfirmedAt)));
  if (!user) return undefined;
  const { token } = await createResetToken(db, user.id, at);
  return sendMail(config, {
    to: user.email,
    subject: 'Rekindle: a link to choose a new password',
    text: resetText(resetLink(origin, token)),
  });
}
