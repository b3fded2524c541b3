import { eq } from 'drizzle-orm';
import type { Facts } from '../../../core/program/facts.ts';
import type { SignalKind } from '../../../core/safety/signals.ts';
import type { ProgramInput } from '../../../shared/api/program.ts';
import type { Db } from '../../db/database.ts';
import type { RunStatement } from '../../db/prepared.ts';
import { programs } from '../../db/schema.ts';
import { factsJsonSchema } from './facts-json.ts';
import { noContactStartSql } from './no-contact-start.ts';

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

/** The five newest unanswered signals of one kind (the (user_id, kind, answer) index serves it). */
const openSignals = (kind: SignalKind) => `(select s.id, s.kind, s.source, s.tier, s.found_at
      from safety_signals s where s.user_id = p.user_id and s.kind = '${kind}' and s.answer is null
      order by s.found_at desc limit 5)`;

const checkinJson = `json_build_object('at', c.at, 'mood', c.mood, 'sad', c.sad, 'desperate', c.desperate,
  'steady', c.steady, 'wantBack', c.want_back)`;

/**
 * Everything the program needs for one person ($1), as one JSON value (null without a program):
 * the program row, the reflection and problems, the safety signals, and each history summarised
 * by an index-backed subquery, so the cost does not grow with the length of a person's history.
 * $2 and $3 are the instant and day facts are judged at (null: everything so far).
 */
export const factsStatement = {
  name: 'program_facts',
  types: ['uuid', 'timestamptz', 'date'],
  text: `select (
  with as_of as (select coalesce($2::timestamptz, 'infinity') as at, coalesce($3::date, 'infinity') as day)
  select json_build_object(
    'program', json_build_object('scenario', p.scenario, 'exName', p.ex_name, 'exPronouns', p.ex_pronouns,
      'endedOn', p.ended_on, 'lastContactOn', p.last_contact_on, 'timeZone', p.time_zone,
      'together', p.together, 'ending', p.ending, 'onOff', p.on_off, 'limitedContact', p.limited_contact),
    'movedOnAt', case when p.moved_on_at <= a.at then p.moved_on_at end,
    'reflection', (select json_build_object('reason', r.reason, 'selfWork', r.self_work,
        'treatedWell', r.treated_well, 'feltGood', r.felt_good, 'feltSafe', r.felt_safe,
        'decision', r.decision, 'safetyConfirmedAt', r.safety_confirmed_at)
      from reflections r where r.user_id = p.user_id),
    'problems', (select coalesce(json_agg(json_build_object('text', q.text, 'whosePart', q.whose_part,
        'fixable', q.fixable) order by q.position), '[]')
      from problems q where q.user_id = p.user_id),
    'letterSentOn', l.sent_on,
    'contacts', json_build_object(
      'lastSlipOn', (select max(c.on_day) from contacts c
        where c.user_id = p.user_id and c.kind = 'slip' and c.on_day <= a.day),
      -- Slips count against days kept only once no contact began (the letter, for i_ended).
      'slipDays', (select count(distinct c.on_day) from contacts c
        where c.user_id = p.user_id and c.kind = 'slip' and c.on_day <= a.day
          and c.on_day >= ${noContactStartSql}),
      'firstWarmIncomingOn', (select min(c.on_day) from contacts c
        where c.user_id = p.user_id and c.kind = 'incoming' and c.warmth = 'warm' and c.on_day <= a.day)),
    'latestCheckin', (select ${checkinJson} from checkins c
      where c.user_id = p.user_id and c.at <= a.at order by c.at desc limit 1),
    'latestFullCheck', (select ${checkinJson} from checkins c
      where c.user_id = p.user_id and c.want_back is not null and c.at <= a.at order by c.at desc limit 1),
    'firstContact', (select json_build_object('sentAt', c.sent_at, 'outcome', c.outcome)
      from first_contacts c where c.user_id = p.user_id and c.sent_at <= a.at),
    'outings', (select json_build_object('count', count(*), 'firstOn', min(c.on_day))
      from outings c where c.user_id = p.user_id and c.on_day <= a.day),
    'talk', (select json_build_object('on', c.on_day, 'outcome', c.outcome) from talks c
      where c.user_id = p.user_id and c.on_day <= a.day order by c.on_day desc, c.created_at desc limit 1),
    -- Safety signals are judged as they stand now, like the reflection's answers: never as of $2.
    'signals', json_build_object(
      'open', (select coalesce(json_agg(json_build_object('id', s.id, 'kind', s.kind, 'source', s.source,
          'tier', s.tier, 'foundAt', s.found_at) order by s.found_at desc, s.kind desc), '[]')
        from (${openSignals('self_harm')} union all ${openSignals('abuse')}) s),
      'selfHarmOpen', exists(select from safety_signals s
        where s.user_id = p.user_id and s.kind = 'self_harm' and s.answer is null),
      'abuseConfirmed', exists(select from safety_signals s
        where s.user_id = p.user_id and s.kind = 'abuse' and s.answer = 'yes'),
      'lastAbuseAt', (select max(coalesce(s.answered_at, s.found_at)) from safety_signals s
        where s.user_id = p.user_id and s.kind = 'abuse' and (s.answer is null or s.answer = 'yes')))
  )
  from programs p cross join as_of a
  left join letters l on l.user_id = p.user_id and l.sent_on <= a.day
  where p.user_id = $1::uuid) as facts`,
} as const;

/**
 * The facts for one person, or undefined when they have no program yet. With `asOf`, only what
 * had happened by then counts (backdated facts are judged at their own dates).
 */
export async function loadFacts(
  run: RunStatement,
  userId: string,
  asOf?: { at: Date; day: string },
): Promise<Facts | undefined> {
  const [row] = await run<{ facts: unknown }>(factsStatement, [
    userId,
    asOf?.at.toISOString() ?? null,
    asOf?.day ?? null,
  ]);
  return row?.facts ? factsJsonSchema.parse(row.facts) : undefined;
}
