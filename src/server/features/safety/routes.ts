import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { answersFor, askedTier } from '../../../core/safety/signals.ts';
import { type SafetySignal, signalAnswerSchema } from '../../../shared/api/safety.ts';
import { requireUser } from '../../auth/require-user.ts';
import { safetySignals } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { idParam } from '../../http/params.ts';
import { readJson } from '../../http/validate.ts';

const columns = {
  id: safetySignals.id,
  kind: safetySignals.kind,
  source: safetySignals.source,
  tier: safetySignals.tier,
  foundAt: safetySignals.foundAt,
  answer: safetySignals.answer,
  answeredAt: safetySignals.answeredAt,
};

/** The person's answer to something the safety screen noticed in what they wrote. */
export const safetyRoutes = new Hono<AppEnv>().post('/safety/signals/:id/answer', requireUser, async (c) => {
  const { db, now } = c.get('deps');
  const userId = c.get('user').id;
  const id = idParam(c, 'signal');
  const { answer } = await readJson(c, signalAnswerSchema);
  const mine = and(eq(safetySignals.id, id), eq(safetySignals.userId, userId));
  const [signal] = await db
    .select({ kind: safetySignals.kind, tier: safetySignals.tier })
    .from(safetySignals)
    .where(mine);
  if (!signal) throw fail('signal_not_found');
  if (!answersFor[signal.kind].includes(answer))
    throw fail('signal_answer_not_for_kind', { kind: signal.kind });
  // A direct "yes" to the emotion check's question was not a misreading of someone's words.
  if (signal.tier === askedTier && answer === 'not_meant') throw fail('signal_answer_asked');
  const [row] = await db
    .update(safetySignals)
    .set({ answer, answeredAt: now() })
    .where(mine)
    .returning(columns);
  if (!row) throw fail('signal_not_found');
  return c.json({
    ...row,
    foundAt: row.foundAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  } satisfies SafetySignal);
});
