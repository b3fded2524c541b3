import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { eq, getTableColumns } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireUser } from '../../auth/require-user.ts';
import type { Db } from '../../db/database.ts';
import { withAccountLock } from '../../db/lock-account.ts';
import { exportedTables } from '../../db/owned-tables.ts';
import { reminderSettings } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { ensureSettings, scheduleFromNow } from '../reminders/queries.ts';
import { screenStoredTexts } from '../safety/rescreen.ts';
import { checkImport, type ImportBatch } from './import-rows.ts';

// Rows stay unchecked here (checkImport names the row that breaks a rule), and cheap to walk.
const importSchema = z.object({
  format: z.literal('rekindle-export', { error: 'This is not a Rekindle export file.' }),
  version: z.literal(1, { error: 'This export comes from a version of Rekindle we cannot read.' }),
  tables: z.record(z.string(), z.array(z.unknown(), { error: 'Each part of an export is a list of rows.' })),
});

/**
 * POST /api/import: an export file from another Rekindle server, into this (empty) account.
 * Every row is checked by its route's own rules before anything is written, then the whole
 * import is one transaction: a file that breaks any rule imports nothing.
 */
export const importRoutes = new Hono<AppEnv>().post('/import', requireUser, async (c) => {
  const { db, now } = c.get('deps');
  const userId = c.get('user').id;
  // Before the body is read: a full account's answer does not wait for a large file to parse.
  await assertEmpty(db, userId);
  const file = await readJson(c, importSchema);
  const batches = await checkImport(file.tables, exportedTables, userId, now());
  const rows = await withAccountLock(db, userId, async (tx) => {
    // Again under the account's lock: two imports at once cannot both find the account empty.
    await assertEmpty(tx, userId);
    let inserted = 0;
    for (const batch of batches) {
      // The settings made at onboarding give way to the imported ones.
      if (batch.table.name === 'reminder_settings' && batch.rows.length > 0)
        await tx.delete(reminderSettings).where(eq(reminderSettings.userId, userId));
      inserted += await insertInChunks(tx, batch);
    }
    if (batches.some((b) => b.table.name === 'programs' && b.rows.length > 0))
      await ensureSettings(tx, userId, now());
    await scheduleFromNow(tx, userId, now());
    return inserted;
  });
  // Signals are not part of an export: what the person wrote is screened now, as if written now.
  // After the commit, batch by batch like the screening at start: screening 12,000 entries inside
  // the transaction held the embedded database's one connection, and everyone waited ~10 s.
  await screenStoredTexts(db, now(), { userId }).catch((error: Error) =>
    c.get('log').error({ err: { name: error.name } }, 'screening an import failed'),
  );
  return c.json({ imported: rows });
});

async function assertEmpty(db: Db, userId: string) {
  for (const { table, userId: owner, name } of exportedTables) {
    // Settings made for an account do not make it "not empty": an import replaces them.
    if (name === 'reminder_settings') continue;
    const [existing] = await db.select({ userId: owner }).from(table).where(eq(owner, userId)).limit(1);
    // The file is never read, so the answer closes the connection (errors.ts).
    if (existing) throw fail('import_not_empty', { table: name });
  }
}

/**
 * PostgreSQL takes at most 65,535 parameters in one statement, so rows go in by chunks; chunks
 * stay small so the embedded database, which runs one statement at a time on this thread, lets
 * other requests be answered between them.
 */
const maxParameters = 60_000;
const maxRowsPerChunk = 500;

async function insertInChunks(tx: Db, { table, rows }: ImportBatch): Promise<number> {
  const columns = Object.keys(getTableColumns(table.table)).length;
  const size = Math.max(1, Math.min(maxRowsPerChunk, Math.floor(maxParameters / columns)));
  for (let start = 0; start < rows.length; start += size) {
    await tx.insert(table.table).values(rows.slice(start, start + size));
    await yieldToRequests();
  }
  return rows.length;
}
