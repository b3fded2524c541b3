import { asc, eq } from 'drizzle-orm';
import type { Facts } from '../../../core/program/facts.ts';
import type { ProgramInput } from '../../../shared/api/program.ts';
import type { Db } from '../../db/database.ts';
import { programs } from '../../db/schema.ts';

export async function upsertProgram(db: Db, userId: string, input: ProgramInput, at: Date) {
  const values = {
    scenario: input.scenario,
    exName: input.exName,
    exPronouns: input.exPronouns,
    endedOn: input.endedOn,
    lastContactOn: input.lastContactOn,
    timeZone: input.timeZone,
    together: input.together ?? null,
    ending: input.ending ?? null,
    onOff: input.onOff ?? false,
    limitedContact: input.limitedContact ?? null,
    updatedAt: at,
  };
  const [row] = await db
    .insert(programs)
    .values({ userId, ...values, createdAt: at })
    .onConflictDoUpdate({ target: programs.userId, set: values })
    .returning();
  return row!;
}

export async function findProgram(db: Db, userId: string) {
  const [row] = await db.select().from(programs).where(eq(programs.userId, userId));
  return row;
}

export async function setMovedOn(db: Db, userId: string, at: Date | null) {
  const [row] = await db
    .update(programs)
    .set({ movedOnAt: at, updatedAt: new Date() })
    .where(eq(programs.userId, userId))
    .returning({ movedOnAt: programs.movedOnAt });
  return row;
}

/**
 * Everything the program needs for one person, in one query (Drizzle's relational query turns
 * the `with` into lateral joins). Returns undefined when the person has no program yet.
 */
export async function loadFacts(db: Db, userId: string): Promise<Facts | undefined> {
  const row = await db.query.programs.findFirst({
    where: eq(programs.userId, userId),
    with: {
      reflection: true,
      problems: {
        columns: { text: true, whosePart: true, fixable: true },
        orderBy: (p) => [asc(p.position)],
      },
    },
  });
  if (!row) return undefined;
  const { reflection, problems: problemRows, movedOnAt, ...program } = row;
  return {
    program,
    reflection: reflection ?? null,
    problems: problemRows,
    letterSentOn: null,
    contacts: { lastSlipOn: null, slipDays: 0, firstWarmIncomingOn: null },
    latestCheckin: null,
    latestFullCheck: null,
    firstContact: null,
    outings: { count: 0, firstOn: null },
    talk: null,
    movedOnAt,
  };
}
