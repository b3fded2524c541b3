import { and, eq, ne } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { changePasswordSchema, deleteAccountSchema, type Me } from '../../../shared/api/auth.ts';
import { checkPasswordStrength } from '../../auth/password-policy.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { giveBackToLimit, limits, takeFromLimit } from '../../auth/rate-limit.ts';
import { requireUser } from '../../auth/require-user.ts';
import { endSession, readSession } from '../../auth/sessions.ts';
import { exportedTables } from '../../db/owned-tables.ts';
import { sessions, users } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';

export const accountRoutes = new Hono<AppEnv>()
  // For the web app's first load: "nobody is signed in" is an answer, not an error.
  .get('/session', async (c) => {
    const user = await readSession(c);
    c.header('Cache-Control', 'no-store');
    return c.json({ user: user ? ({ id: user.id, email: user.email } satisfies Me) : null });
  })
  .get('/me', requireUser, (c) => {
    const { id, email } = c.get('user');
    return c.json({ id, email } satisfies Me);
  })
  .get('/export', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const user = c.get('user');
    const [account] = await db
      .select({ id: users.id, email: users.email, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, user.id));
    const tables: Record<string, unknown[]> = {};
    for (const { name, table, userId } of exportedTables) {
      tables[name] = await db.select().from(table).where(eq(userId, user.id));
    }
    c.header(
      'Content-Disposition',
      `attachment; filename="rekindle-export-${now().toISOString().slice(0, 10)}.json"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.json({
      format: 'rekindle-export',
      version: 1,
      exportedAt: now().toISOString(),
      account,
      tables,
    });
  })
  .delete('/account', requireUser, async (c) => {
    const { db } = c.get('deps');
    const user = c.get('user');
    const { password } = await readJson(c, deleteAccountSchema);
    await confirmPassword(c, password, 'wrong_password_to_delete');
    // Every owned table cascades from users: one statement removes everything, atomically.
    await db.delete(users).where(eq(users.id, user.id));
    await endSession(c);
    return c.body(null, 204);
  })
  .post('/account/password', requireUser, async (c) => {
    const { db } = c.get('deps');
    const user = c.get('user');
    const { currentPassword, newPassword } = await readJson(c, changePasswordSchema);
    const weakness = checkPasswordStrength(newPassword, user.email);
    if (weakness) throw fail(weakness);
    await confirmPassword(c, currentPassword, 'wrong_password_to_change');
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(newPassword) })
      .where(eq(users.id, user.id));
    // Every other device is signed out; this one stays signed in.
    await db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, user.tokenHash)));
    return c.json({ ok: true });
  })
  .post('/account/sign-out-everywhere', requireUser, async (c) => {
    await c
      .get('deps')
      .db.delete(sessions)
      .where(eq(sessions.userId, c.get('user').id));
    await endSession(c);
    return c.body(null, 204);
  });

/** Checks the signed-in person's password (rate-limited like sign-in); throws `wrong` (403) if not. */
async function confirmPassword(
  c: Context<AppEnv>,
  password: string,
  wrong: 'wrong_password_to_delete' | 'wrong_password_to_change',
) {
  const { db, now } = c.get('deps');
  const user = c.get('user');
  // Counted before the slow check, atomically, so a burst of guesses cannot all get through.
  const at = now();
  await takeFromLimit(db, limits.loginPerAccount, user.email, at, 'too_many_wrong_passwords');
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id));
  if (row && (await verifyPassword(row.passwordHash, password))) {
    await giveBackToLimit(db, limits.loginPerAccount, user.email, at);
    return;
  }
  throw fail(wrong);
}
