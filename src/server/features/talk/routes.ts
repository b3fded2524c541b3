import { and, asc, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { evaluate } from '../../../core/program/evaluate.ts';
import { dayInFuture } from '../../../core/time/future.ts';
import { type TalkNote, talkNoteSchema, talkSchema } from '../../../shared/api/road.ts';
import { requireUser } from '../../auth/require-user.ts';
import { withAccountLock } from '../../db/lock-account.ts';
import { runIn } from '../../db/run-in.ts';
import { problems, talkNotes, talks } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { idParam } from '../../http/params.ts';
import { readJson } from '../../http/validate.ts';
import { loadFacts } from '../program/queries.ts';
import { recordSignals } from '../safety/signals.ts';

/** Stage 8: the preparation sheet from the Reflect problems, and the talk's outcome. */
export const talkRoutes = new Hono<AppEnv>()
  .get('/talk/notes', requireUser, async (c) => {
    const userId = c.get('user').id;
    const rows = await c
      .get('deps')
      .db.select({
        problemId: problems.id,
        text: problems.text,
        changed: talkNotes.changed,
        differently: talkNotes.differently,
      })
      .from(problems)
      .leftJoin(talkNotes, eq(talkNotes.problemId, problems.id))
      .where(eq(problems.userId, userId))
      .orderBy(asc(problems.position));
    return c.json(rows satisfies TalkNote[]);
  })
  .put('/talk/notes/:id', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const problemId = idParam(c, 'problem');
    const input = await readJson(c, talkNoteSchema);
    const values = {
      changed: input.changed ?? null,
      differently: input.differently ?? null,
      updatedAt: now(),
    };
    // Under the account's lock, so the problem cannot be deleted between the check and the note.
    await withAccountLock(db, userId, async (tx) => {
      const [problem] = await tx
        .select({ id: problems.id })
        .from(problems)
        .where(and(eq(problems.id, problemId), eq(problems.userId, userId)));
      if (!problem) throw fail('entry_not_found', { noun: 'problem' });
      await tx
        .insert(talkNotes)
        .values({ problemId, userId, ...values })
        .onConflictDoUpdate({ target: talkNotes.problemId, set: values });
      await recordSignals(tx, userId, 'talk_note', problemId, [values.changed, values.differently], now());
    });
    return c.json({ problemId, ...values, updatedAt: undefined });
  })
  .post('/talk', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const input = await readJson(c, talkSchema);
    // Judged and recorded under the account's lock: a talk that ends the program is recorded once.
    const row = await withAccountLock(db, userId, async (tx) => {
      const run = runIn(tx);
      const current = await loadFacts(run, userId);
      if (!current) throw fail('no_program');
      if (dayInFuture(input.on, now(), current.program.timeZone)) throw fail('talk_in_future');
      // Noon UTC falls on the same calendar day in every zone from UTC−12 to UTC+11.
      const endOfDay = new Date(`${input.on}T12:00:00Z`);
      const facts = (await loadFacts(run, userId, { at: endOfDay, day: input.on })) ?? current;
      const plan = evaluate(facts, endOfDay);
      const again = plan.stage === 'reconnect' && facts.talk?.outcome === 'not_yet';
      if (facts.talk && plan.stage !== 'talk' && !again) throw fail('talk_already_recorded');
      if (plan.stage !== 'talk' && !again)
        throw fail('talk_not_open', { missing: plan.gates.flatMap((g) => g.missing) });
      const [row] = await tx
        .insert(talks)
        .values({ userId, on: input.on, outcome: input.outcome, createdAt: now() })
        .returning({ on: talks.on, outcome: talks.outcome });
      return row;
    });
    return c.json(row, 201);
  })
  // Undo: the latest recorded talk was a mistake, or things changed; the plan goes back a step.
  .delete('/talk/latest', requireUser, async (c) => {
    const { db } = c.get('deps');
    const userId = c.get('user').id;
    const [latest] = await db
      .select({ id: talks.id })
      .from(talks)
      .where(eq(talks.userId, userId))
      .orderBy(desc(talks.on), desc(talks.createdAt))
      .limit(1);
    if (!latest) throw fail('talk_none_to_undo');
    await db.delete(talks).where(and(eq(talks.userId, userId), eq(talks.id, latest.id)));
    return c.body(null, 204);
  });
