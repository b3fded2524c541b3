import { count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { dayInFuture } from '../../../core/time/future.ts';
import { type Letter, letterSchema, letterSentSchema } from '../../../shared/api/road.ts';
import { requireUser } from '../../auth/require-user.ts';
import type { Db } from '../../db/database.ts';
import { withAccountLock } from '../../db/lock-account.ts';
import { letters, letterVersions } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { findProgram } from '../program/queries.ts';
import { recordSignals } from '../safety/signals.ts';

/** Keep an earlier version when the text has changed this much since it was last kept. */
const versionEveryMs = 10 * 60_000;

async function readLetter(db: Db, userId: string): Promise<Letter> {
  const [row] = await db.select().from(letters).where(eq(letters.userId, userId));
  const [versions] = await db
    .select({ n: count() })
    .from(letterVersions)
    .where(eq(letterVersions.userId, userId));
  return { text: row?.text ?? '', sentOn: row?.sentOn ?? null, versions: versions?.n ?? 0 };
}

/** Stage 2 (i_ended): one letter, autosaved with its history; marking it sent starts no contact. */
export const letterRoutes = new Hono<AppEnv>()
  .get('/letter', requireUser, async (c) => c.json(await readLetter(c.get('deps').db, c.get('user').id)))
  .put('/letter', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const { text } = await readJson(c, letterSchema);
    await withAccountLock(db, userId, async (tx) => {
      const [current] = await tx.select().from(letters).where(eq(letters.userId, userId)).for('update');
      if (current?.sentOn) throw fail('letter_already_sent');
      // Edits are kept as history: the previous text becomes a version when it is older than a few minutes.
      if (
        current &&
        current.text !== text &&
        now().getTime() - current.updatedAt.getTime() > versionEveryMs
      ) {
        await tx.insert(letterVersions).values({ userId, text: current.text, savedAt: current.updatedAt });
      }
      await tx
        .insert(letters)
        .values({ userId, text, createdAt: now(), updatedAt: now() })
        .onConflictDoUpdate({ target: letters.userId, set: { text, updatedAt: now() } });
      // Screened as it stands; the versions kept above are earlier states of this same text, each
      // screened as the letter when it was written, so they carry no signals of their own.
      await recordSignals(tx, userId, 'letter', 'letter', [text], now());
    });
    return c.json(await readLetter(db, userId));
  })
  .post('/letter/sent', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const { on } = await readJson(c, letterSentSchema);
    // Checked and marked under the account's lock: twenty taps on "sent" mark it once.
    await withAccountLock(db, userId, async (tx) => {
      const program = await findProgram(tx, userId);
      if (!program) throw fail('no_program');
      if (program.scenario !== 'i_ended') throw fail('letter_not_in_plan');
      if (dayInFuture(on, now(), program.timeZone)) throw fail('letter_sent_in_future');
      if (on < program.lastContactOn) throw fail('letter_sent_before_last_contact');
      const [row] = await tx.select().from(letters).where(eq(letters.userId, userId));
      if (!row?.text.trim()) throw fail('letter_not_written');
      if (row.sentOn) throw fail('letter_marked_sent');
      await tx.update(letters).set({ sentOn: on, updatedAt: now() }).where(eq(letters.userId, userId));
    });
    return c.json(await readLetter(db, userId));
  });
