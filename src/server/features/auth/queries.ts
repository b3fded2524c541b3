import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

export async function insertUser(db: Db, email: string, passwordHash: string, createdAt: Date) {
  const [row] = await db
    .insert(users)
    .values({ email, passwordHash, createdAt })
    .returning({ id: users.id, email: users.email });
  return row!;
}

/**
 * Replaces the hash only if it is still the one that was checked: a reset or a password change
 * that landed meanwhile is never undone by a sign-in with the old password.
 */
export async function replacePasswordHash(db: Db, userId: string, checked: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, checked)));
}
