import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteAccountSchema, type Me } from '../../../shared/api/auth.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { assertUnderLimit, countAgainstLimit, limits } from '../../auth/rate-limit.ts';
import { requireUser } from '../../auth/require-user.ts';
import { endSession, readSession } from '../../auth/sessions.ts';
import { exportedTables } from '../../db/owned-tables.ts';
import { users } from '../../db/schema.ts';
import { ApiError } from '../../http/api-error.ts';
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
    const { db, now } = c.get('deps');
    const user = c.get('user');
    const { password } = await readJson(c, deleteAccountSchema);
    await assertUnderLimit(
      db,
      limits.loginPerAccount,
      user.email,
      now(),
      (wait) => `Too many wrong passwords. Please wait ${wait} and try again.`,
    );
    const [row] = await db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.id));
    if (!row || !(await verifyPassword(row.passwordHash, password))) {
      await countAgainstLimit(db, limits.loginPerAccount, user.email, now());
      throw new ApiError(
        403,
        'wrong_password',
        "That password isn't right, so nothing was deleted. Please try again.",
      );
    }
    // Every owned table cascades from users: one statement removes everything, atomically.
    await db.delete(users).where(eq(users.id, user.id));
    await endSession(c);
    return c.body(null, 204);
  });
