import { count, eq } from 'drizzle-orm';
import type { Db } from '../../src/server/db/database.ts';
import { exportedTables } from '../../src/server/db/owned-tables.ts';
import { journalEntries } from '../../src/server/db/schema.ts';

const moments = [
  'Walked to the bakery and did not check my phone once.',
  'A hard evening. I wrote the message and deleted it, then made tea.',
  'Saw a film with Sam; laughed more than I expected to.',
  'Woke up thinking about the summer trip. It passed by lunch.',
];

/**
 * A long-term journal, written straight into the database (12,000 requests would take minutes):
 * one entry an hour back from `now`, each a few sentences, as a real export holds them.
 */
export async function seedJournal(db: Db, userId: string, entries: number, now: Date) {
  const rows = Array.from({ length: entries }, (_, i) => {
    const at = new Date(now.getTime() - (i + 1) * 3_600_000);
    return {
      userId,
      text: `Entry ${i + 1}. ${moments[i % moments.length]} ${moments[(i + 1) % moments.length]}`,
      prompt: i % 3 === 0 ? 'What helped today?' : null,
      at,
      createdAt: at,
      updatedAt: at,
    };
  });
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(journalEntries).values(rows.slice(start, start + 1000));
}

/** How many rows the person has in each exported table. */
export async function countExported(db: Db, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name, table, userId: owner } of exportedTables) {
    const [row] = await db.select({ n: count() }).from(table).where(eq(owner, userId));
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

export const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export type ExportFile = {
  format: string;
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
};

/** An export holding only these parts, as the other server would write it. */
export const exportOf = (tables: Record<string, Record<string, unknown>[]>): ExportFile => ({
  format: 'rekindle-export',
  version: 1,
  tables,
});

export const onboarding = {
  scenario: 'they_ended',
  exName: 'Kim',
  exPronouns: 'she',
  endedOn: '2025-01-01',
  lastContactOn: '2025-01-03',
  timeZone: 'Europe/Paris',
} as const;
