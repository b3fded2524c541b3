import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { answersFor, askedTier, type SignalKind } from '../../../core/safety/signals.ts';
import { type SafetySignal, signalAnswerSchema } from '../../../shared/api/safety.ts';
import { requireUser } from '../../auth/require-user.ts';
import { safetySignals } from '../../db/schema.ts';
import { ApiError, notFound } from '../../http/api-error.ts';
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

/** What a person can answer to each kind, in their words, for a refused answer. */
const choices: Record<SignalKind, string> = {
  self_harm: 'For this one, answer "safe_now" (you have seen the help and are safe for now) or "not_meant".',
  abuse: 'For this one, answer "yes" (this happened with your ex) or "not_meant".',
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
  if (!signal) throw notFound('We could not find that signal. It may have gone with the entry it came from.');
  if (!answersFor[signal.kind].includes(answer))
    throw new ApiError(422, 'invalid_input', choices[signal.kind]);
  // A direct "yes" to the emotion check's question was not a misreading of someone's words.
  if (signal.tier === askedTier && answer === 'not_meant')
    throw new ApiError(422, 'invalid_input', 'For this one, answer "safe_now": you told us this directly.');
  const [row] = await db
    .update(safetySignals)
    .set({ answer, answeredAt: now() })
    .where(mine)
    .returning(columns);
  if (!row) throw notFound('We could not find that signal. It may have gone with the entry it came from.');
  return c.json({
    ...row,
    foundAt: row.foundAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  } satisfies SafetySignal);
});
