import { Hono } from 'hono';
import {
  type Problem,
  problemPatchSchema,
  problemSchema,
  type Reflection,
  reflectionSchema,
  safetyConfirmationSchema,
} from '../../../shared/api/program.ts';
import { requireUser } from '../../auth/require-user.ts';
import { ApiError, notFound } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { idParam } from '../../http/params.ts';
import { readJson } from '../../http/validate.ts';
import { findProgram } from '../program/queries.ts';
import { noProgram } from '../program/routes.ts';
import {
  confirmSafety,
  createProblem,
  deleteProblem,
  findProblem,
  findReflection,
  listProblems,
  maxProblems,
  saveReflection,
  updateProblem,
} from './queries.ts';

const emptyReflection: Reflection = {
  reason: null,
  selfWork: null,
  treatedWell: null,
  feltGood: null,
  feltSafe: null,
  decision: null,
  safetyConfirmedAt: null,
};

function toReflection(row: Awaited<ReturnType<typeof findReflection>>): Reflection {
  if (!row) return emptyReflection;
  const { reason, selfWork, treatedWell, feltGood, feltSafe, decision, safetyConfirmedAt } = row;
  return {
    reason,
    selfWork,
    treatedWell,
    feltGood,
    feltSafe,
    decision,
    safetyConfirmedAt: safetyConfirmedAt?.toISOString() ?? null,
  };
}

const problemNotFound = () => notFound('We could not find that problem. It may have been deleted.');

/** Stage 1, Reflect: the answers, the problems list, and the safety confirmation. */
export const reflectRoutes = new Hono<AppEnv>()
  .get('/reflection', requireUser, async (c) => {
    return c.json(toReflection(await findReflection(c.get('deps').db, c.get('user').id)));
  })
  .put('/reflection', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, reflectionSchema);
    if (!(await findProgram(db, c.get('user').id))) throw noProgram();
    return c.json(toReflection(await saveReflection(db, c.get('user').id, input, now())));
  })
  .post('/safety-confirmation', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    await readJson(c, safetyConfirmationSchema);
    const row = await confirmSafety(db, c.get('user').id, now());
    if (!row)
      throw new ApiError(
        409,
        'conflict',
        'Answer the reflection questions first; then you can decide how to go on.',
      );
    return c.json(toReflection(row));
  })
  .get('/problems', requireUser, async (c) => {
    return c.json((await listProblems(c.get('deps').db, c.get('user').id)) satisfies Problem[]);
  })
  .post('/problems', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, problemSchema);
    const row = await createProblem(db, c.get('user').id, input, now());
    if (!row) {
      throw new ApiError(
        409,
        'conflict',
        `You have written down ${maxProblems} problems, which is the most we keep. Edit or merge some first.`,
      );
    }
    return c.json(row satisfies Problem, 201);
  })
  .get('/problems/:id', requireUser, async (c) => {
    const row = await findProblem(c.get('deps').db, c.get('user').id, idParam(c, 'problem'));
    if (!row) throw problemNotFound();
    return c.json(row satisfies Problem);
  })
  .patch('/problems/:id', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const id = idParam(c, 'problem');
    const input = await readJson(c, problemPatchSchema);
    const row = await updateProblem(db, c.get('user').id, id, input, now());
    if (!row) throw problemNotFound();
    return c.json(row satisfies Problem);
  })
  .delete('/problems/:id', requireUser, async (c) => {
    const deleted = await deleteProblem(c.get('deps').db, c.get('user').id, idParam(c, 'problem'));
    if (!deleted) throw problemNotFound();
    return c.body(null, 204);
  });
