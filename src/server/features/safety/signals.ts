import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { detectorVersion, readText } from '../../../core/safety/screen.ts';
import { askedTier, type SignalKind, type SignalSource, signalKinds } from '../../../core/safety/signals.ts';
import type { Db } from '../../db/database.ts';
import { safetySignals } from '../../db/schema.ts';

/** The texts of one entry, as a person wrote them (null: a field left empty). */
export type Texts = readonly (string | null | undefined)[];

/** What the screen found in one entry: a tier for each kind found. */
export type Found = Partial<Record<SignalKind, string>>;

/**
 * Reads an entry's texts with the safety screen. `asked`: the person answered yes to the dark
 * thoughts question, a self-harm signal whatever the text says (a tier found in the text wins,
 * being more specific).
 */
export function readTexts(texts: Texts, asked = false): Found {
  const found: Found = {};
  for (const text of texts) {
    if (!text) continue;
    const reading = readText(text);
    if (reading.selfHarm && !found.self_harm) found.self_harm = reading.selfHarm;
    if (reading.abuse && !found.abuse) found.abuse = reading.abuse;
  }
  if (asked && !found.self_harm) found.self_harm = askedTier;
  return found;
}

export type Entry = { userId: string; source: SignalSource; entryId: string; found: Found };

/**
 * Records signals for entries as facts (kind, tier, detector version, when found), never the
 * text. A signal already recorded for that entry and kind is kept with its answer and when it was
 * found; only its tier and detector version follow the latest reading, except that a person's edit
 * that changes the tier (now a plan, where there was a passing thought) asks again. One statement.
 */
export async function upsertSignals(
  db: Db,
  entries: readonly Entry[],
  at: Date,
  /** A person's edit that changes what the text says (a new tier) asks again; a rescreen does not. */
  { askAgainOnNewTier = false }: { askAgainOnNewTier?: boolean } = {},
): Promise<void> {
  const rows = entries.flatMap(({ userId, source, entryId, found }) =>
    signalKinds.flatMap((kind) => {
      const tier = found[kind];
      return tier ? [{ userId, source, entryId, kind, tier, detectorVersion, foundAt: at }] : [];
    }),
  );
  if (rows.length === 0) return;
  await db
    .insert(safetySignals)
    .values(rows)
    .onConflictDoUpdate({
      target: [safetySignals.userId, safetySignals.source, safetySignals.entryId, safetySignals.kind],
      set: askAgainOnNewTier
        ? {
            tier: sql`excluded.tier`,
            detectorVersion: sql`excluded.detector_version`,
            answer: sql`case when ${safetySignals.tier} = excluded.tier then ${safetySignals.answer} end`,
            answeredAt: sql`case when ${safetySignals.tier} = excluded.tier then ${safetySignals.answeredAt} end`,
            foundAt: sql`case when ${safetySignals.tier} = excluded.tier then ${safetySignals.foundAt} else excluded.found_at end`,
          }
        : { tier: sql`excluded.tier`, detectorVersion: sql`excluded.detector_version` },
    });
}

/**
 * Screens one entry as it is written and records what is found: a new kind is a new signal, a
 * kind found before keeps its signal (and the person's answer), and a kind no longer in the text
 * loses its signal. Run it in the write's transaction.
 *
 * @example await recordSignals(tx, userId, 'journal', entry.id, [entry.text, entry.prompt], now)
 */
export async function recordSignals(
  db: Db,
  userId: string,
  source: SignalSource,
  entryId: string,
  texts: Texts,
  at: Date,
  /** `isNew`: the entry was just created, so it has no signals to keep or remove. */
  options: { asked?: boolean; isNew?: boolean } = {},
): Promise<void> {
  const found = readTexts(texts, options.asked);
  await upsertSignals(db, [{ userId, source, entryId, found }], at, { askAgainOnNewTier: true });
  if (options.isNew) return;
  await forgetSignals(
    db,
    userId,
    source,
    [entryId],
    signalKinds.filter((kind) => found[kind]),
  );
}

/**
 * Deletes the signals of entries that are deleted, or (with `keep`) of the kinds an edited entry
 * no longer shows.
 */
export async function forgetSignals(
  db: Db,
  userId: string,
  source: SignalSource,
  entryIds: readonly string[],
  keep: readonly SignalKind[] = [],
): Promise<void> {
  if (entryIds.length === 0) return;
  await db
    .delete(safetySignals)
    .where(
      and(
        eq(safetySignals.userId, userId),
        eq(safetySignals.source, source),
        inArray(safetySignals.entryId, [...entryIds]),
        keep.length ? notInArray(safetySignals.kind, [...keep]) : undefined,
      ),
    );
}
