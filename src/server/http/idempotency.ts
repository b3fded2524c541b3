import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../shared/api/errors.ts';
import { idempotencyKeySchema } from '../../shared/api/idempotency.ts';
import type { Db } from '../db/database.ts';
import { idempotencyKeys } from '../db/schema.ts';
import { fail } from './api-error.ts';
import type { AppEnv } from './env.ts';

/** Keys are kept at least a day (what the issue promised a device's outbox); older ones go. */
const keptMs = 48 * 60 * 60_000;
/** A first request still unanswered after this is taken to have died with its process. */
const abandonedMs = 60_000;

type Stored = typeof idempotencyKeys.$inferSelect;

/**
 * For writes that create an entry, after `requireUser`: with an `Idempotency-Key` header, the
 * first request claims the key (one row per person and key) and its successful answer is kept;
 * the same key again, with the same method, path and body, gets that answer back and writes
 * nothing; with another body, 422. A key someone else used is theirs: keys are per person.
 * Without the header the request runs as usual.
 *
 * Only a 2xx is kept: a refusal wrote nothing, so a retry may simply run again. If a process dies
 * between the entry's commit and the answer being kept, the claim is taken over after a minute and
 * the entry may be written twice; that window is a few milliseconds wide.
 */
export const idempotent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('idempotency-key');
  if (header === undefined) return next();
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw fail('idempotency_key_invalid', { problem: parsed.error.issues[0]!.message });
  const key = parsed.data;
  const { db, now } = c.get('deps');
  const userId = c.get('user').id;
  // Read once here; Hono keeps the text, so the route reads the same body. A body past the size
  // limit throws here, and the body-limit middleware answers 413 as it would without a key.
  const body = await c.req.text();
  const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');

  const earlier = await claim(db, userId, key, requestHash, now());
  if (earlier) return replay(earlier, requestHash);

  await next();
  const status = c.res.status;
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  if (status >= 200 && status < 300) {
    const answer = await c.res.clone().text();
    await db.update(idempotencyKeys).set({ status, body: answer }).where(mine);
  } else {
    // Nothing was written: the key is free for the retry.
    await db.delete(idempotencyKeys).where(mine);
  }
};

/**
 * An entry was deleted: the answers kept for the writes that created it hold its text, so they are
 * replaced by a 410 that says it is gone. A device still retrying that write learns the entry was
 * deleted, and it is not written again.
 */
export async function forgetAnswersAbout(db: Db, userId: string, entryId: string, noun: string) {
  const { status, code, message } = fail('entry_deleted', { noun });
  const gone = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  await db
    .update(idempotencyKeys)
    .set({ status, body: gone })
    .where(
      and(
        eq(idempotencyKeys.userId, userId),
        sql`${idempotencyKeys.status} between 200 and 299`,
        sql`${idempotencyKeys.body}::jsonb ->> 'id' = ${entryId}`,
      ),
    );
}

/** Claims the key for this request (undefined), or returns the row of the request that has it. */
async function claim(
  db: Db,
  userId: string,
  key: string,
  requestHash: string,
  at: Date,
): Promise<Stored | undefined> {
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  await db
    .delete(idempotencyKeys)
    .where(
      and(eq(idempotencyKeys.userId, userId), lt(idempotencyKeys.createdAt, new Date(at.getTime() - keptMs))),
    );
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        mine,
        isNull(idempotencyKeys.status),
        lt(idempotencyKeys.createdAt, new Date(at.getTime() - abandonedMs)),
      ),
    );
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash, createdAt: at })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return undefined;
  const [row] = await db.select().from(idempotencyKeys).where(mine);
  // Gone between the insert and the read (its first request failed): ask for a retry.
  return row ?? { userId, key, requestHash: '', status: null, body: null, createdAt: at };
}

function replay(row: Stored, requestHash: string): Response {
  if (row.requestHash !== '' && row.requestHash !== requestHash) throw fail('idempotency_key_reused');
  if (row.status === null || row.body === null) throw fail('still_saving');
  return new Response(row.body, {
    status: row.status as ContentfulStatusCode,
    headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
  });
}
