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
import { withAccountLock } from '../../db/lock-account.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { idParam } from '../../http/params.ts';
import { readJson } from '../../http/validate.ts';
import { findProgram } from '../program/queries.ts';
import { forgetSignals, recordSignals } from '../safety/signals.ts';
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

const problemNotFound = () => fail('entry_not_found', { noun: 'problem' });

/** Stage 1, Reflect: the answers, the problems list, and the safety confirmation. */
export const reflectRoutes = new Hono<AppEnv>()
  .get('/reflection', requireUser, async (c) => {
    return c.json(toReflection(await findReflection(c.get('deps').db, c.get('user').id)));
  })
  .put('/reflection', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const input = await readJson(c, reflectionSchema);
    if (!(await findProgram(db, userId))) throw fail('no_program');
    const at = now();
    const row = await db.transaction(async (tx) => {
      const row = await saveReflection(tx, userId, input, at);
      await recordSignals(tx, userId, 'reflection', 'reflection', [row.selfWork], at);
      return row;
    });
    return c.json(toReflection(row));
  })
  .post('/safety-confirmation', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    await readJson(c, safetyConfirmationSchema);
    const row = await confirmSafety(db, c.get('user').id, now());
    if (!row) throw fail('reflection_first');
    return c.json(toReflection(row));
  })
  .get('/problems', requireUser, async (c) => {
    return c.json((await listProblems(c.get('deps').db, c.get('user').id)) satisfies Problem[]);
  })
  .post('/problems', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const input = await readJson(c, problemSchema);
    const at = now();
    // The cap and the order are read and then written: under the account's lock, one at a time.
    const row = await withAccountLock(db, userId, async (tx) => {
      const row = await createProblem(tx, userId, input, at);
      if (row) await recordSignals(tx, userId, 'problem', row.id, [row.text], at);
      return row;
    });
    if (!row) throw fail('too_many_problems', { max: maxProblems });
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
    const userId = c.get('user').id;
    const input = await readJson(c, problemPatchSchema);
    const at = now();
    const row = await withAccountLock(db, userId, async (tx) => {
      const row = await updateProblem(tx, userId, id, input, at);
      if (row) await recordSignals(tx, userId, 'problem', row.id, [row.text], at);
      return row;
    });
    if (!row) throw problemNotFound();
    return c.json(row satisfies Problem);
  })
  .delete('/problems/:id', requireUser, async (c) => {
    const userId = c.get('user').id;
    const id = idParam(c, 'problem');
    const deleted = await withAccountLock(c.get('deps').db, userId, async (tx) => {
      const deleted = await deleteProblem(tx, userId, id);
      // The problem's talk notes go with it (cascade), and so do their signals.
      if (deleted) {
        await forgetSignals(tx, userId, 'problem', [id]);
        await forgetSignals(tx, userId, 'talk_note', [id]);
      }
      return deleted;
    });
    if (!deleted) throw problemNotFound();
    return c.body(null, 204);
  });
