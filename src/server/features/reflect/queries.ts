import { and, asc, count, eq, gt, gte, lt, lte, max, sql } from 'drizzle-orm';
import type { ProblemInput, ReflectionInput } from '../../../shared/api/program.ts';
import type { Db } from '../../db/database.ts';
import { problems, reflections } from '../../db/schema.ts';

const problemColumns = {
  id: problems.id,
  text: problems.text,
  whosePart: problems.whosePart,
  fixable: problems.fixable,
  position: problems.position,
};

export const maxProblems = 100;

export async function findReflection(db: Db, userId: string) {
  const [row] = await db.select().from(reflections).where(eq(reflections.userId, userId));
  return row;
}

/** Saves the answers given; fields left out keep their stored value. */
export async function saveReflection(db: Db, userId: string, input: ReflectionInput, at: Date) {
  const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const [row] = await db
    .insert(reflections)
    .values({ userId, ...values, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: reflections.userId, set: { ...values, updatedAt: at } })
    .returning();
  return row!;
}

export async function confirmSafety(db: Db, userId: string, at: Date) {
  const [row] = await db
    .update(reflections)
    .set({ safetyConfirmedAt: at, updatedAt: at })
    .where(eq(reflections.userId, userId))
    .returning();
  return row;
}

export function listProblems(db: Db, userId: string) {
  return db
    .select(problemColumns)
    .from(problems)
    .where(eq(problems.userId, userId))
    .orderBy(asc(problems.position));
}

export async function findProblem(db: Db, userId: string, id: string) {
  const [row] = await db
    .select(problemColumns)
    .from(problems)
    .where(and(eq(problems.userId, userId), eq(problems.id, id)));
  return row;
}

/**
 * Adds a problem at the end, or at `position` (moving the ones after it down). Reads the count
 * and the order before it writes: run it under the account's lock (db/lock-account.ts).
 */
export function createProblem(db: Db, userId: string, input: ProblemInput, at: Date) {
  return db.transaction(async (tx) => {
    const [stats] = await tx
      .select({ n: count(), last: max(problems.position) })
      .from(problems)
      .where(eq(problems.userId, userId));
    if ((stats?.n ?? 0) >= maxProblems) return undefined;
    const end = (stats?.last ?? -1) + 1;
    const position = Math.min(input.position ?? end, end);
    if (position < end) {
      await tx
        .update(problems)
        .set({ position: sql`${problems.position} + 1` })
        .where(and(eq(problems.userId, userId), gte(problems.position, position)));
    }
    const [row] = await tx
      .insert(problems)
      .values({
        userId,
        text: input.text,
        whosePart: input.whosePart,
        fixable: input.fixable,
        position,
        createdAt: at,
        updatedAt: at,
      })
      .returning(problemColumns);
    return row;
  });
}

/** Updates fields; a new `position` moves the problem and shifts the ones in between (under the account's lock). */
export function updateProblem(db: Db, userId: string, id: string, input: Partial<ProblemInput>, at: Date) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ position: problems.position })
      .from(problems)
      .where(and(eq(problems.userId, userId), eq(problems.id, id)))
      .for('update');
    if (!current) return undefined;
    const { position: wanted, ...fields } = input;
    let position = current.position;
    if (wanted !== undefined && wanted !== current.position) {
      const [stats] = await tx
        .select({ last: max(problems.position) })
        .from(problems)
        .where(eq(problems.userId, userId));
      position = Math.min(wanted, stats?.last ?? 0);
      const mine = eq(problems.userId, userId);
      if (position > current.position) {
        await tx
          .update(problems)
          .set({ position: sql`${problems.position} - 1` })
          .where(and(mine, gt(problems.position, current.position), lte(problems.position, position)));
      } else if (position < current.position) {
        await tx
          .update(problems)
          .set({ position: sql`${problems.position} + 1` })
          .where(and(mine, gte(problems.position, position), lt(problems.position, current.position)));
      }
    }
    const [row] = await tx
      .update(problems)
      .set({ ...fields, position, updatedAt: at })
      .where(and(eq(problems.userId, userId), eq(problems.id, id)))
      .returning(problemColumns);
    return row;
  });
}

/** Deletes a problem and closes the gap in the order (under the account's lock). */
export function deleteProblem(db: Db, userId: string, id: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(problems)
      .where(and(eq(problems.userId, userId), eq(problems.id, id)))
      .returning({ position: problems.position });
    if (!row) return false;
    await tx
      .update(problems)
      .set({ position: sql`${problems.position} - 1` })
      .where(and(eq(problems.userId, userId), gt(problems.position, row.position)));
    return true;
  });
}
