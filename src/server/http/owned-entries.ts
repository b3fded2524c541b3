import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { CrudFeature } from './crud.ts';

/** A table of a person's entries: each row has its own `id` and the person's `userId`. */
type EntryTable = PgTable & { id: PgColumn; userId: PgColumn };

/** The most entries a list answers with. */
const listLimit = 500;

/**
 * The reads and writes of `crudRoutes` over one table of entries, every one scoped to the person.
 *
 * @example ownedEntries({ table: urges, columns, toEntry: toUrge, values, orderBy: [desc(urges.at)] })
 */
export function ownedEntries<
  Table extends EntryTable,
  Columns extends Record<string, PgColumn>,
  Entry extends { id: string },
  Input,
>(entries: {
  table: Table;
  /** What an entry shows; `toEntry` turns them into the answer. */
  columns: Columns;
  toEntry: (row: SelectResultFields<Columns>) => Entry;
  /** The columns an input writes, `updatedAt` included (an insert adds the person and `createdAt`). */
  values: (input: Input, at: Date) => Omit<Table['$inferInsert'], 'userId' | 'createdAt'>;
  /** The list's order, newest first. */
  orderBy: SQL[];
}): Pick<CrudFeature<Entry, Input>, 'list' | 'find' | 'insert' | 'update' | 'remove'> {
  const { columns, toEntry, values, orderBy } = entries;
  // Drizzle cannot follow a table of any shape; the arguments are checked where they are typed.
  const table: EntryTable = entries.table;
  const fields: Record<string, PgColumn> = columns;
  const written = (input: Input, at: Date): Record<string, unknown> => values(input, at);
  const toEntries = (rows: unknown[]) => rows.map((row) => toEntry(row as SelectResultFields<Columns>));
  const mine = (userId: string, id: string) => and(eq(table.userId, userId), eq(table.id, id));
  return {
    list: async (db, userId) =>
      toEntries(
        await db
          .select(fields)
          .from(table)
          .where(eq(table.userId, userId))
          .orderBy(...orderBy)
          .limit(listLimit),
      ),
    find: async (db, userId, id) => toEntries(await db.select(fields).from(table).where(mine(userId, id)))[0],
    insert: async (db, userId, input, at) =>
      toEntries(
        await db
          .insert(table)
          .values({ userId, ...written(input, at), createdAt: at })
          .returning(fields),
      )[0]!,
    update: async (db, userId, id, input, at) =>
      toEntries(await db.update(table).set(written(input, at)).where(mine(userId, id)).returning(fields))[0],
    remove: async (db, userId, id) =>
      (await db.delete(table).where(mine(userId, id)).returning({ id: table.id })).length > 0,
  };
}
