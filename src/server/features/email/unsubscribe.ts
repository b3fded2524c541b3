import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { reminderSettings, serverSecrets } from '../../db/schema.ts';

const secretName = 'unsubscribe_secret';

// Kept per database once read: it never changes after the first server made it.
const secrets = new WeakMap<Db, Promise<string>>();

/**
 * The secret that signs unsubscribe links, made by whichever server needs it first: every
 * process inserts its own candidate and keeps the one that is stored, so all of them agree.
 */
export function unsubscribeSecret(db: Db): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = (async () => {
      await db
        .insert(serverSecrets)
        .values({ name: secretName, value: randomBytes(32).toString('base64url') })
        .onConflictDoNothing({ target: serverSecrets.name });
      const [row] = await db
        .select({ value: serverSecrets.value })
        .from(serverSecrets)
        .where(eq(serverSecrets.name, secretName));
      if (!row) throw new Error('the unsubscribe secret could not be stored');
      return row.value;
    })();
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const sign = (secret: string, userId: string) =>
  createHmac('sha256', secret).update(userId).digest('base64url');

/** `userId.signature`: lets whoever holds it switch reminder emails off for that one person. */
export async function unsubscribeToken(db: Db, userId: string) {
  return `${userId}.${sign(await unsubscribeSecret(db), userId)}`;
}

export const unsubscribeApiLink = (origin: string, token: string) =>
  `${origin}/api/email/unsubscribe?token=${encodeURIComponent(token)}`;

export const unsubscribePageLink = (origin: string, token: string) =>
  `${origin}/unsubscribe?token=${encodeURIComponent(token)}`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whose token this is, when its signature is ours; otherwise undefined. */
export async function unsubscribeTokenOwner(db: Db, token: string): Promise<string | undefined> {
  const [userId, signature, ...rest] = token.split('.');
  if (!userId || !signature || rest.length > 0 || !uuid.test(userId)) return undefined;
  const expected = Buffer.from(sign(await unsubscribeSecret(db), userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : undefined;
}

/** Switches reminder emails off for the person (no settings yet: nothing is on to switch off). */
export async function turnOffReminderEmails(db: Db, userId: string, at: Date) {
  await db
    .update(reminderSettings)
    .set({
      settings: sql`jsonb_set(${reminderSettings.settings}, '{channels,email}', 'false'::jsonb, true)`,
      updatedAt: at,
    })
    .where(eq(reminderSettings.userId, userId));
}
