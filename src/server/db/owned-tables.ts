import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

/**
 * Every table with a `user_id` column holds rows a person owns. Export and delete-account are
 * derived from this list, so a table added by a new feature is covered without touching them.
 */
export type OwnedTable = { name: string; table: PgTable; userId: PgColumn };

/**
 * Owned rows that are not exported, only deleted: sessions are secrets of the server; safety
 * signals are derived from the texts (an import screens the imported texts again).
 */
const notExported = new Set<string>([getTableName(schema.sessions), getTableName(schema.safetySignals)]);

export const ownedTables: OwnedTable[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .flatMap((table) => {
    const userId = (getTableColumns(table) as Record<string, PgColumn | undefined>).userId;
    return userId ? [{ name: getTableName(table), table, userId }] : [];
  });

export const exportedTables = ownedTables.filter((t) => !notExported.has(t.name));
