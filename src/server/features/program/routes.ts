import { Hono } from 'hono';
import { checkProgramDates } from '../../../core/program/check-dates.ts';
import { evaluate } from '../../../core/program/evaluate.ts';
import { outcomeSchema, type Program, programSchema, type Today } from '../../../shared/api/program.ts';
import { notSignedIn, requireUser } from '../../auth/require-user.ts';
import { readSessionWith } from '../../auth/sessions.ts';
import { ApiError } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import {
  type FactsJson,
  findProgram,
  setMovedOn,
  todayStatement,
  toFacts,
  upsertProgram,
} from './queries.ts';

export const noProgram = () =>
  new ApiError(
    409,
    'no_program',
    'You have not set up your plan yet. Start with the three short onboarding steps.',
  );

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
    if (problem) throw new ApiError(422, 'invalid_input', problem);
    const row = await upsertProgram(db, c.get('user').id, input, now());
    return c.json(toProgram(row));
  })
  // The page opened most: the session and the facts in one round trip to the database.
  .get('/today', async (c) => {
    const session = await readSessionWith<FactsJson | null>(c, todayStatement);
    if (!session) throw notSignedIn();
    if (!session.payload) throw noProgram();
    c.header('Cache-Control', 'no-store');
    return c.json(evaluate(toFacts(session.payload), c.get('deps').now()) satisfies Today);
  })
  .put('/outcome', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const { outcome } = await readJson(c, outcomeSchema);
    const row = await setMovedOn(db, c.get('user').id, outcome === 'moving_on' ? now() : null);
    if (!row) throw noProgram();
    return c.json({ outcome: row.movedOnAt ? 'moving_on' : null });
  });
