import { asc, eq, sql } from 'drizzle-orm';
import type { CheckinFacts, Facts } from '../../../core/program/facts.ts';
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

type CheckinJson = Omit<CheckinFacts, 'at'> & { at: string };

const latestCheckin = (where: ReturnType<typeof sql>) => sql<CheckinJson | null>`(
  select json_build_object('at', c.at, 'mood', c.mood, 'sad', c.sad, 'desperate', c.desperate,
                           'steady', c.steady, 'wantBack', c.want_back)
  from checkins c where c.user_id = ${programs.userId} ${where} order by c.at desc limit 1)`;

const toCheckin = (json: CheckinJson | null): CheckinFacts | null =>
  json ? { ...json, at: new Date(json.at) } : null;

/**
 * Everything the program needs for one person, in one query: the program row, the reflection
 * and problems (Drizzle turns `with` into lateral joins), and each history summarised by an
 * index-backed subquery, so the cost does not grow with the length of a person's history.
 * Returns undefined when the person has no program yet.
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
    extras: {
      lastSlipOn: sql<string | null>`(select max(c.on_day)::text from contacts c
        where c.user_id = ${programs.userId} and c.kind = 'slip')`.as('last_slip_on'),
      slipDays: sql<number>`(select count(distinct c.on_day)::int from contacts c
        where c.user_id = ${programs.userId} and c.kind = 'slip' and c.on_day >= ${programs.lastContactOn})`.as(
        'slip_days',
      ),
      firstWarmIncomingOn: sql<string | null>`(select min(c.on_day)::text from contacts c
        where c.user_id = ${programs.userId} and c.kind = 'incoming' and c.warmth = 'warm')`.as(
        'first_warm_incoming_on',
      ),
      latestCheckin: latestCheckin(sql``).as('latest_checkin'),
      latestFullCheck: latestCheckin(sql`and c.want_back is not null`).as('latest_full_check'),
    },
  });
  if (!row) return undefined;
  const {
    reflection,
    problems: problemRows,
    movedOnAt,
    lastSlipOn,
    slipDays,
    firstWarmIncomingOn,
    ...program
  } = row;
  return {
    program,
    reflection: reflection ?? null,
    problems: problemRows,
    letterSentOn: null,
    contacts: { lastSlipOn, slipDays: Number(slipDays), firstWarmIncomingOn },
    latestCheckin: toCheckin(row.latestCheckin),
    latestFullCheck: toCheckin(row.latestFullCheck),
    firstContact: null,
    outings: { count: 0, firstOn: null },
    talk: null,
    movedOnAt,
  };
}
