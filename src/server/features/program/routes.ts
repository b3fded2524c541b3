import { type Context, Hono } from 'hono';
import { checkProgramDates } from '../../../core/program/check-dates.ts';
import { evaluate } from '../../../core/program/evaluate.ts';
import type { Facts } from '../../../core/program/facts.ts';
import { outcomeSchema, type Program, programSchema, type Today } from '../../../shared/api/program.ts';
import { requireUser } from '../../auth/require-user.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { ensureSettings } from '../reminders/queries.ts';
import { findProgram, loadFacts, setMovedOn, upsertProgram } from './queries.ts';

export const noProgram = () => fail('no_program');

function toProgram(row: NonNullable<Awaited<ReturnType<typeof findProgram>>>): Program {
  return {
    scenario: row.scenario,
    exName: row.exName,
    exPronouns: row.exPronouns,
    endedOn: row.endedOn,
    lastContactOn: row.lastContactOn,
    timeZone: row.timeZone,
    together: row.together,
    ending: row.ending,
    onOff: row.onOff,
    limitedContact: row.limitedContact,
    movedOnAt: row.movedOnAt?.toISOString() ?? null,
  };
}

export const programRoutes = new Hono<AppEnv>()
  .get('/program', requireUser, async (c) => {
    const row = await findProgram(c.get('deps').db, c.get('user').id);
    if (!row) throw noProgram();
    return c.json(toProgram(row));
  })
  .put('/program', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, programSchema);
    const problem = checkProgramDates(input, now());
    if (problem) throw fail(problem);
    const row = await upsertProgram(db, c.get('user').id, input, now());
    // Gentle reminders in the app from the start (each can be switched off in Reminders).
    await ensureSettings(db, c.get('user').id, now());
    return c.json(toProgram(row));
  })
  // The page opened most: the session checked every time; the facts kept between the person's
  // writes (FactsCache).
  .get('/today', requireUser, async (c) => {
    const facts = await todaysFacts(c);
    if (facts === null) throw noProgram();
    c.header('Cache-Control', 'no-store');
    return c.json(evaluate(facts, c.get('deps').now()) satisfies Today);
  })
  .put('/outcome', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const { outcome } = await readJson(c, outcomeSchema);
    const row = await setMovedOn(db, c.get('user').id, outcome === 'moving_on' ? now() : null);
    if (!row) throw noProgram();
    return c.json({ outcome: row.movedOnAt ? 'moving_on' : null });
  });

/**
 * The signed-in person's facts (null: no program yet): kept between their writes (FactsCache),
 * checked against the facts version their session lookup already read.
 */
async function todaysFacts(c: Context<AppEnv>): Promise<Facts | null> {
  const { factsCache: cache, run } = c.get('deps');
  const { id, factsVersion } = c.get('user');
  const kept = cache?.get(id, factsVersion);
  if (kept !== undefined) return kept;
  const facts = (await loadFacts(run, id)) ?? null;
  cache?.keep(id, factsVersion, facts);
  return facts;
}
