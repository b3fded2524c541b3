import { eq } from 'drizzle-orm';
import { fail } from '../http/api-error.ts';
import { type Db, oneAtATime } from './database.ts';
import { isRaceLost } from './pg-errors.ts';
import { users } from './schema.ts';

/** How many times a write that lost a race is run again before the person is asked to retry. */
const attempts = 3;

/**
 * Runs `write` in a transaction that first locks the person's account row, so their writes that
 * read before they write (one letter sent, one talk, the problems' order and cap) run one after
 * another. PostgreSQL serves several connections at once and would otherwise let two requests
 * both pass a check. The embedded database runs each transaction with nothing else beside it, so
 * there the lock is left out: taking it is a write of its own, as costly as the insert it guards.
 *
 * The account row is always the first lock taken, so these writes cannot deadlock each other.
 * `no key update` still lets other tables' inserts check their `user_id` reference (key share)
 * without waiting. Should PostgreSQL still give up on a race (deadlock, serialization failure),
 * the write is run again; after that the person gets a 409, never a 500.
 *
 * Inside `write`, read and write through `tx` only: reaching for the pool while holding the lock
 * would wait for a connection that the requests queued behind this one are holding.
 *
 * @example await withAccountLock(db, userId, (tx) => markSent(tx, userId, on));
 */
export async function withAccountLock<T>(db: Db, userId: string, write: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        if (!oneAtATime.has(db))
          await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
        return write(tx);
      });
    } catch (error) {
      if (!isRaceLost(error)) throw error;
      if (attempt >= attempts) throw fail('account_busy');
    }
  }
}
