import { and, desc, eq, ilike } from 'drizzle-orm';
import { instantInFuture } from '../../../core/time/future.ts';
import {
  type JournalEntry,
  type JournalInput,
  journalPatchSchema,
  journalQuerySchema,
  journalSchema,
} from '../../../shared/api/road.ts';
import { journalEntries } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import { crudRoutes } from '../../http/crud.ts';

const columns = {
  id: journalEntries.id,
  text: journalEntries.text,
  prompt: journalEntries.prompt,
  at: journalEntries.at,
  createdAt: journalEntries.createdAt,
};
type Row = { id: string; text: string; prompt: string | null; at: Date; createdAt: Date };
const toEntry = (row: Row): JournalEntry => ({
  ...row,
  at: row.at.toISOString(),
  createdAt: row.createdAt.toISOString(),
});
const mine = (userId: string, id: string) =>
  and(eq(journalEntries.userId, userId), eq(journalEntries.id, id));
/** A search term matched literally: % and _ are not wildcards here. */
const literal = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The private journal; `GET /api/journal?q=word` searches it. */
export const journalRoutes = crudRoutes<JournalEntry, JournalInput>({
  noun: 'journal entry',
  schema: journalSchema,
  patchSchema: journalPatchSchema,
  list: async (db, userId, query) => {
    const parsed = journalQuerySchema.safeParse(query);
    if (!parsed.success) throw fail('journal_search_empty');
    const q = parsed.data.q ?? '';
    const where = q
      ? and(eq(journalEntries.userId, userId), ilike(journalEntries.text, literal(q)))
      : eq(journalEntries.userId, userId);
    return (
      await db
        .select(columns)
        .from(journalEntries)
        .where(where)
        .orderBy(desc(journalEntries.at), desc(journalEntries.createdAt))
        .limit(200)
    ).map(toEntry);
  },
  find: async (db, userId, id) => {
    const [row] = await db.select(columns).from(journalEntries).where(mine(userId, id));
    return row && toEntry(row);
  },
  insert: async (db, userId, input, at) =>
    toEntry(
      (
        await db
          .insert(journalEntries)
          .values({
            userId,
            text: input.text,
            prompt: input.prompt ?? null,
            at: input.at ? new Date(input.at) : at,
            createdAt: at,
            updatedAt: at,
          })
          .returning(columns)
      )[0]!,
    ),
  update: async (db, userId, id, input, at) => {
    const [row] = await db
      .update(journalEntries)
      .set({
        text: input.text,
        prompt: input.prompt ?? null,
        ...(input.at ? { at: new Date(input.at) } : {}),
        updatedAt: at,
      })
      .where(mine(userId, id))
      .returning(columns);
    return row && toEntry(row);
  },
  remove: async (db, userId, id) =>
    (await db.delete(journalEntries).where(mine(userId, id)).returning({ id: journalEntries.id })).length > 0,
  toInput: ({ text, prompt, at }) => ({ text, prompt, at }),
  screen: { source: 'journal', texts: (entry) => [entry.text, entry.prompt] },
  check: async (input, deps) =>
    input.at && instantInFuture(input.at, deps.now()) ? 'journal_entry_in_future' : null,
});
