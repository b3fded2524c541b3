import { and, eq, gte, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { evaluate } from '../../../core/program/evaluate.ts';
import { noContactBaseStart } from '../../../core/program/no-contact.ts';
import {
  buildProgressDays,
  type DayAggregate,
  findHardHours,
  rankTriggers,
  summarizeProgress,
} from '../../../core/progress/progress.ts';
import { addDays } from '../../../core/time/days.ts';
import { progressDays } from '../../../shared/api/limits.ts';
import {
  type NoContactRules,
  type Progress,
  progressQuerySchema,
  rulesSchema,
} from '../../../shared/api/no-contact.ts';
import { requireUser } from '../../auth/require-user.ts';
import type { Db } from '../../db/database.ts';
import { checkins, contacts, noContactRules, urges } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { loadFacts } from '../program/queries.ts';

const noRules: NoContactRules = {
  stoppedMessaging: false,
  mutedSocial: false,
  noCalls: false,
  noMeetups: false,
};

/** Per-day aggregates in the person's zone: average mood, strongest urge and count, slip days. */
async function dayAggregates(
  db: Db,
  userId: string,
  zone: string,
  since: Date,
  sinceDay: string,
): Promise<DayAggregate[]> {
  // Grouped by position (`group by 1`): the zone is a bound parameter, and Postgres does not
  // treat two parameters as the same expression.
  const localDay = (at: typeof checkins.at | typeof urges.at) =>
    sql<string>`to_char((${at} at time zone ${zone})::date, 'YYYY-MM-DD')`;
  const [moods, cravings, slips] = await Promise.all([
    db
      .select({ day: localDay(checkins.at), mood: sql<string>`avg(${checkins.mood})` })
      .from(checkins)
      .where(and(eq(checkins.userId, userId), gte(checkins.at, since)))
      .groupBy(sql`1`),
    db
      .select({
        day: localDay(urges.at),
        craving: sql<number>`max(${urges.intensity})`,
        urges: sql<number>`count(*)::int`,
      })
      .from(urges)
      .where(and(eq(urges.userId, userId), gte(urges.at, since)))
      .groupBy(sql`1`),
    db
      .selectDistinct({ day: contacts.on })
      .from(contacts)
      .where(and(eq(contacts.userId, userId), eq(contacts.kind, 'slip'), gte(contacts.on, sinceDay))),
  ]);
  return [
    ...moods.map((m) => ({ day: m.day, mood: Math.round(Number(m.mood) * 10) / 10 })),
    ...cravings.map((c) => ({ day: c.day, craving: Number(c.craving), urges: Number(c.urges) })),
    ...slips.map((s) => ({ day: s.day, slip: true })),
  ];
}

/** How many urges each trigger set off from the day `fromDay` (in the person's zone), most often first. */
async function triggerCounts(
  db: Db,
  userId: string,
  zone: string,
  since: Date,
  fromDay: string,
): Promise<Progress['triggers']> {
  const rows = await db
    .select({ trigger: urges.trigger, count: sql<number>`count(*)::int` })
    .from(urges)
    .where(
      and(
        eq(urges.userId, userId),
        gte(urges.at, since),
        sql`to_char((${urges.at} at time zone ${zone})::date, 'YYYY-MM-DD') >= ${fromDay}`,
      ),
    )
    .groupBy(urges.trigger);
  return rankTriggers(rows.map((r) => ({ trigger: r.trigger, count: Number(r.count) })));
}

/** Urges by the hour of the day they came, in the person's zone (24 numbers), from `fromDay`. */
export async function urgesByHour(
  db: Db,
  userId: string,
  zone: string,
  since: Date,
  fromDay: string,
): Promise<number[]> {
  const local = sql`(${urges.at} at time zone ${zone})`;
  const rows = await db
    .select({ hour: sql<number>`extract(hour from ${local})::int`, count: sql<number>`count(*)::int` })
    .from(urges)
    .where(
      and(
        eq(urges.userId, userId),
        gte(urges.at, since),
        sql`to_char(${local}::date, 'YYYY-MM-DD') >= ${fromDay}`,
      ),
    )
    .groupBy(sql`1`);
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const r of rows) byHour[Number(r.hour)] = Number(r.count);
  return byHour;
}

export const noContactRoutes = new Hono<AppEnv>()
  .get('/no-contact/rules', requireUser, async (c) => {
    const [row] = await c
      .get('deps')
      .db.select()
      .from(noContactRules)
      .where(eq(noContactRules.userId, c.get('user').id));
    if (!row) return c.json(noRules);
    const { stoppedMessaging, mutedSocial, noCalls, noMeetups } = row;
    return c.json({ stoppedMessaging, mutedSocial, noCalls, noMeetups } satisfies NoContactRules);
  })
  .put('/no-contact/rules', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, rulesSchema);
    await db
      .insert(noContactRules)
      .values({ userId: c.get('user').id, ...input, updatedAt: now() })
      .onConflictDoUpdate({ target: noContactRules.userId, set: { ...input, updatedAt: now() } });
    return c.json(input);
  })
  .get('/progress', requireUser, async (c) => {
    const { db, run, now } = c.get('deps');
    const query = progressQuerySchema.safeParse(c.req.query());
    if (!query.success) throw fail('progress_days', progressDays);
    const facts = await loadFacts(run, c.get('user').id);
    if (!facts) throw fail('no_program');
    const plan = evaluate(facts, now());
    const from = addDays(plan.today, -(query.data.days - 1));
    // A day starts up to 14 hours before UTC midnight (UTC+14): fetch from a day earlier, group locally.
    const since = new Date(`${addDays(from, -1)}T00:00:00Z`);
    const zone = facts.program.timeZone;
    const [aggregates, triggers, byHour] = await Promise.all([
      dayAggregates(db, c.get('user').id, zone, since, from),
      triggerCounts(db, c.get('user').id, zone, since, from),
      urgesByHour(db, c.get('user').id, zone, since, from),
    ]);
    const days = buildProgressDays(
      from,
      plan.today,
      aggregates.filter((a) => a.day >= from),
      noContactBaseStart(facts),
    );
    return c.json({
      days,
      summary: summarizeProgress(days),
      triggers,
      byHour,
      hardHours: findHardHours(byHour),
    } satisfies Progress);
  });
