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
type FirstContactJson = { sentAt: string; outcome: NonNullable<Facts['firstContact']>['outcome'] };

const toCheckin = (json: CheckinJson | null): CheckinFacts | null =>
  json ? { ...json, at: new Date(json.at) } : null;

/**
 * Everything the program needs for one person, in one query: the program row, the reflection
 * and problems (Drizzle turns `with` into lateral joins), and each history summarised by an
 * index-backed subquery, so the cost does not grow with the length of a person's history.
 *
 * With `asOf`, only what had happened by then counts (backdated facts are judged at their own
 * dates). Returns undefined when the person has no program yet.
 */
export async function loadFacts(
  db: Db,
  userId: string,
  asOf?: { at: Date; day: string },
): Promise<Facts | undefined> {
  const me = sql`c.user_id = ${programs.userId}`;
  const byTime = asOf ? sql`and c.at <= ${asOf.at.toISOString()}` : sql``;
  const byDay = asOf ? sql`and c.on_day <= ${asOf.day}` : sql``;
  const letterSentOn = sql`(select c.sent_on from letters c where ${me} ${asOf ? sql`and c.sent_on <= ${asOf.day}` : sql``})`;
  const latestCheckinOf = (where: ReturnType<typeof sql>) => sql<CheckinJson | null>`(
    select json_build_object('at', c.at, 'mood', c.mood, 'sad', c.sad, 'desperate', c.desperate,
                             'steady', c.steady, 'wantBack', c.want_back)
    from checkins c where ${me} ${byTime} ${where} order by c.at desc limit 1)`;
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
      letterSentOn: sql<string | null>`(${letterSentOn})::text`.as('letter_sent_on'),
      lastSlipOn: sql<string | null>`(select max(c.on_day)::text from contacts c
        where ${me} and c.kind = 'slip' ${byDay})`.as('last_slip_on'),
      // Slips count against days kept only once no contact began (the letter, for i_ended).
      slipDays: sql<number>`(select count(distinct c.on_day)::int from contacts c
        where ${me} and c.kind = 'slip' ${byDay} and c.on_day >= coalesce(
          case when ${programs.scenario} = 'i_ended' then ${letterSentOn} else ${programs.lastContactOn} end,
          ${programs.lastContactOn}))`.as('slip_days'),
      firstWarmIncomingOn: sql<string | null>`(select min(c.on_day)::text from contacts c
        where ${me} and c.kind = 'incoming' and c.warmth = 'warm' ${byDay})`.as('first_warm_incoming_on'),
      latestCheckin: latestCheckinOf(sql``).as('latest_checkin'),
      latestFullCheck: latestCheckinOf(sql`and c.want_back is not null`).as('latest_full_check'),
      firstContact:
        sql<FirstContactJson | null>`(select json_build_object('sentAt', c.sent_at, 'outcome', c.outcome)
        from first_contacts c where ${me} ${asOf ? sql`and c.sent_at <= ${asOf.at.toISOString()}` : sql``})`.as(
          'first_contact',
        ),
      outingCount: sql<number>`(select count(*)::int from outings c where ${me} ${byDay})`.as('outing_count'),
      firstOutingOn: sql<string | null>`(select min(c.on_day)::text from outings c where ${me} ${byDay})`.as(
        'first_outing_on',
      ),
      talk: sql<NonNullable<
        Facts['talk']
      > | null>`(select json_build_object('on', c.on_day::text, 'outcome', c.outcome)
        from talks c where ${me} ${byDay} order by c.on_day desc, c.created_at desc limit 1)`.as('talk'),
    },
  });
  if (!row) return undefined;
  const {
    reflection,
    problems: problemRows,
    movedOnAt,
    letterSentOn: sentOn,
    lastSlipOn,
    slipDays,
    firstWarmIncomingOn,
    firstContact,
    outingCount,
    firstOutingOn,
    talk,
    latestCheckin,
    latestFullCheck,
    ...program
  } = row;
  return {
    program,
    reflection: reflection ?? null,
    problems: problemRows,
    letterSentOn: sentOn,
    contacts: { lastSlipOn, slipDays: Number(slipDays), firstWarmIncomingOn },
    latestCheckin: toCheckin(latestCheckin),
    latestFullCheck: toCheckin(latestFullCheck),
    firstContact: firstContact
      ? { sentAt: new Date(firstContact.sentAt), outcome: firstContact.outcome }
      : null,
    outings: { count: Number(outingCount), firstOn: firstOutingOn },
    talk,
    movedOnAt: asOf && movedOnAt && movedOnAt > asOf.at ? null : movedOnAt,
  };
}
