import { randomUUID } from 'node:crypto';
import { count, eq, getTableColumns } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireUser } from '../../auth/require-user.ts';
import { exportedTables } from '../../db/owned-tables.ts';
import { isDatabaseUnavailable } from '../../db/pg-errors.ts';
import { ApiError } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { screenStoredTexts } from '../safety/rescreen.ts';
import { importedSafetyPlans } from '../safety-plan/import-rows.ts';

const importSchema = z.object({
  format: z.literal('rekindle-export', { error: 'This is not a Rekindle export file.' }),
  version: z.literal(1, { error: 'This export comes from a version of Rekindle we cannot read.' }),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/**
 * POST /api/import: an export file from another Rekindle server, into this (empty) account.
 * Every row gets a new id (references between rows follow), timestamps are parsed, and the whole
 * import is one transaction: a file that breaks any rule imports nothing.
 */
export const importRoutes = new Hono<AppEnv>().post('/import', requireUser, async (c) => {
  const { db, now } = c.get('deps');
  const userId = c.get('user').id;
  const file = await readJson(c, importSchema);
  const known = new Set(exportedTables.map((t) => t.name));
  const unknown = Object.keys(file.tables).filter((name) => !known.has(name));
  if (unknown.length)
    throw new ApiError(422, 'invalid_input', `This export has parts we do not know: ${unknown.join(', ')}.`);
  if (file.tables.safety_plans) file.tables.safety_plans = importedSafetyPlans(file.tables.safety_plans);
  for (const { table, userId: owner, name } of exportedTables) {
    const [existing] = await db.select({ n: count() }).from(table).where(eq(owner, userId));
    if ((existing?.n ?? 0) > 0) {
      throw new ApiError(
        409,
        'conflict',
        `Import works into a new, empty account, and this one already has ${name.replace('_', ' ')}.`,
      );
    }
  }
  const newIds = new Map<string, string>();
  const idFor = (old: unknown) => {
    const key = String(old);
    if (!newIds.has(key)) newIds.set(key, randomUUID());
    return newIds.get(key)!;
  };
  let rows = 0;
  try {
    await db.transaction(async (tx) => {
      // Problems first: talk notes point at them.
      const ordered = [...exportedTables].sort((a, b) =>
        a.name === 'problems' ? -1 : b.name === 'problems' ? 1 : 0,
      );
      for (const { table, name } of ordered) {
        const columns = getTableColumns(table);
        const values = (file.tables[name] ?? []).map((row) => {
          const out: Record<string, unknown> = {};
          for (const [key, column] of Object.entries(columns)) {
            if (!(key in row)) continue;
            let value = row[key];
            if (key === 'userId') value = userId;
            else if (key === 'id' || key === 'problemId') value = idFor(value);
            else if (column.columnType === 'PgTimestamp' && typeof value === 'string')
              value = new Date(value);
            out[key] = value;
          }
          out.userId = userId;
          return out;
        });
        if (values.length) {
          await tx.insert(table).values(values);
          rows += values.length;
        }
      }
      // Signals are not part of an export: what the person wrote is screened here, as if written now.
      await screenStoredTexts(tx, now(), { userId });
    });
  } catch (error) {
    if (error instanceof ApiError || isDatabaseUnavailable(error)) throw error;
    throw new ApiError(
      422,
      'invalid_input',
      'This file could not be imported: some of its data breaks the rules of this server. Nothing was imported.',
    );
  }
  return c.json({ imported: rows });
});
