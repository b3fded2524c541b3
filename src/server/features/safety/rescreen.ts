import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { and, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';
import { detectorVersion } from '../../../core/safety/screen.ts';
import type { SignalSource } from '../../../core/safety/signals.ts';
import type { Db } from '../../db/database.ts';
import {
  activities,
  checkins,
  contacts,
  firstContacts,
  journalEntries,
  letters,
  outings,
  problems,
  reflections,
  safetyScreening,
  safetySignals,
  talkNotes,
  urges,
} from '../../db/schema.ts';
import { type Entry, readTexts, upsertSignals } from './signals.ts';

/**
 * Where stored free text lives, the same entries the write paths screen: `key` is unique and
 * orders the walk; `entryId` names one-per-person texts (else the key is the entry's id).
 */
type Walk = {
  source: SignalSource;
  table: PgTable;
  key: PgColumn;
  owner: PgColumn;
  entryId?: string;
  texts: PgColumn[];
  asked?: SQL<boolean>;
};

const walks: Walk[] = [
  {
    source: 'journal',
    table: journalEntries,
    key: journalEntries.id,
    owner: journalEntries.userId,
    texts: [journalEntries.text, journalEntries.prompt],
  },
  { source: 'urge', table: urges, key: urges.id, owner: urges.userId, texts: [urges.draft, urges.note] },
  { source: 'contact', table: contacts, key: contacts.id, owner: contacts.userId, texts: [contacts.note] },
  { source: 'problem', table: problems, key: problems.id, owner: problems.userId, texts: [problems.text] },
  {
    source: 'reflection',
    table: reflections,
    key: reflections.userId,
    owner: reflections.userId,
    entryId: 'reflection',
    texts: [reflections.selfWork],
  },
  {
    source: 'letter',
    table: letters,
    key: letters.userId,
    owner: letters.userId,
    entryId: 'letter',
    texts: [letters.text],
  },
  {
    source: 'activity',
    table: activities,
    key: activities.id,
    owner: activities.userId,
    texts: [activities.what, activities.note],
  },
  {
    source: 'outing',
    table: outings,
    key: outings.id,
    owner: outings.userId,
    texts: [outings.what, outings.note],
  },
  {
    source: 'checkin',
    table: checkins,
    key: checkins.id,
    owner: checkins.userId,
    texts: [checkins.note],
    asked: sql<boolean>`${checkins.darkThoughts} is not distinct from 'yes'`,
  },
  {
    source: 'first_contact',
    table: firstContacts,
    key: firstContacts.userId,
    owner: firstContacts.userId,
    entryId: 'first_contact',
    texts: [firstContacts.text],
  },
  {
    source: 'talk_note',
    table: talkNotes,
    key: talkNotes.problemId,
    owner: talkNotes.userId,
    texts: [talkNotes.changed, talkNotes.differently],
  },
];

/** What is screened of each entry: its key, its texts and whether it says yes to dark thoughts. */
const readingOf = (walk: (typeof walks)[number]) => ({
  key: sql<string>`${walk.key}::text`,
  texts: sql<(string | null)[]>`json_build_array(${sql.join(walk.texts, sql`, `)})`,
  asked: walk.asked ?? sql<boolean>`false`,
});

export type ScreenOptions = {
  /** Only this person's texts (after an import). */
  userId?: string;
  /** Rows read at a time: memory stays small however much is stored. */
  batchSize?: number;
  /** Asked between batches; true stops the walk (the server is closing). */
  stopped?: () => boolean;
};

/**
 * Screens every stored text (or one person's), batch by batch, and records the signals found as
 * the write paths do. It only adds and refreshes signals: what a newer detector no longer finds is
 * removed once the whole walk is done (`rescreen`). Returns false when stopped part-way.
 */
export async function screenStoredTexts(db: Db, at: Date, options: ScreenOptions = {}): Promise<boolean> {
  const batchSize = options.batchSize ?? 100;
  for (const walk of walks) {
    let after: string | null = null;
    for (;;) {
      const rows: { key: string; userId: string; texts: (string | null)[]; asked: boolean }[] = await db
        .select({ ...readingOf(walk), userId: sql<string>`${walk.owner}::text` })
        .from(walk.table)
        .where(
          and(
            after === null ? undefined : gt(walk.key, after),
            options.userId ? eq(walk.owner, options.userId) : undefined,
          ),
        )
        .orderBy(walk.key)
        .limit(batchSize);
      const found: (Entry & { key: string; read: string })[] = [];
      for (const row of rows) {
        const entry = { userId: row.userId, source: walk.source, entryId: walk.entryId ?? row.key };
        const reading = readTexts(row.texts, row.asked);
        if (reading.self_harm || reading.abuse)
          found.push({
            ...entry,
            found: reading,
            key: row.key,
            read: JSON.stringify([row.texts, row.asked]),
          });
        // A long text takes milliseconds to screen: let requests in between.
        await yieldToRequests();
      }
      // An entry edited or deleted while this batch was being read is not recorded from its old
      // words: only entries still as they were read, locked until their signals are written (the
      // write path records the edited text itself).
      if (found.length)
        await db.transaction(async (tx) => {
          const now = await tx
            .select(readingOf(walk))
            .from(walk.table)
            .where(
              inArray(
                walk.key,
                found.map((f) => f.key),
              ),
            )
            .for('update');
          const unchanged = new Set(now.map((r) => `${r.key}\n${JSON.stringify([r.texts, r.asked])}`));
          const still = found.filter((f) => unchanged.has(`${f.key}\n${f.read}`));
          await upsertSignals(tx, still, at);
        });
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1]!.key;
      // A short pause between batches: on the embedded database (one connection) people's
      // requests go first while a large upgrade is screened.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.stopped?.()) return false;
    }
  }
  return true;
}

/**
 * Screens every stored text once per detector version: texts written before screening existed,
 * and all of them again when the detector changes. Safe to interrupt (it starts over at the next
 * start, adding nothing twice) and to run on several servers at once (one signal per entry and
 * kind, by the unique index). Signals an older detector found and this one no longer does are
 * removed at the end; ones written since the walk began are left alone.
 */
export async function rescreen(
  db: Db,
  now: () => Date,
  options: Omit<ScreenOptions, 'userId'> = {},
): Promise<'current' | 'screened' | 'stopped'> {
  const [done] = await db
    .select({ version: safetyScreening.detectorVersion })
    .from(safetyScreening)
    .where(eq(safetyScreening.id, 1));
  if (done && done.version >= detectorVersion) return 'current';
  const startedAt = now();
  if (!(await screenStoredTexts(db, startedAt, options))) return 'stopped';
  // Each person whose signals change here has their facts version moved on by the database
  // (migration 0012), so no server serves the Today it kept from before.
  await db
    .delete(safetySignals)
    .where(and(lt(safetySignals.detectorVersion, detectorVersion), lt(safetySignals.foundAt, startedAt)));
  const screened = { detectorVersion, screenedAt: now() };
  await db
    .insert(safetyScreening)
    .values({ id: 1, ...screened })
    .onConflictDoUpdate({
      target: safetyScreening.id,
      set: screened,
      // A server still running an older detector never moves the recorded version back.
      setWhere: sql`${safetyScreening.detectorVersion} <= ${detectorVersion}`,
    });
  return 'screened';
}

/**
 * Starts `rescreen` in the background once the server is up: start-up and requests never wait for
 * it, and a failure is logged (never any text) and tried again at the next start.
 */
export function startRescreen(db: Db, now: () => Date, log: Logger): { stop(): Promise<void> } {
  let stopped = false;
  const run = (async () => {
    await yieldToRequests();
    const outcome = await rescreen(db, now, { stopped: () => stopped });
    if (outcome === 'screened') log.info({ detectorVersion }, 'stored texts screened for safety signals');
  })().catch((error: Error) => {
    if (!stopped)
      log.warn(
        { err: { name: error.name } },
        'screening stored texts failed; it runs again at the next start',
      );
  });
  return {
    async stop() {
      stopped = true;
      await run;
    },
  };
}
