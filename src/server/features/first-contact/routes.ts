import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { evaluate } from '../../../core/program/evaluate.ts';
import { canRecordOutcome } from '../../../core/program/reply.ts';
import { dayIn } from '../../../core/time/days.ts';
import { instantInFuture } from '../../../core/time/future.ts';
import {
  type FirstContact,
  firstContactOutcomeSchema,
  firstContactSchema,
} from '../../../shared/api/road.ts';
import { requireUser } from '../../auth/require-user.ts';
import { withAccountLock } from '../../db/lock-account.ts';
import { runIn } from '../../db/run-in.ts';
import { firstContacts } from '../../db/schema.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { loadFacts } from '../program/queries.ts';
import { recordSignals } from '../safety/signals.ts';

const columns = {
  text: firstContacts.text,
  channel: firstContacts.channel,
  sentAt: firstContacts.sentAt,
  outcome: firstContacts.outcome,
};
const toJson = (row: {
  text: string;
  channel: FirstContact['channel'];
  sentAt: Date;
  outcome: FirstContact['outcome'];
}): FirstContact => ({
  ...row,
  sentAt: row.sentAt.toISOString(),
});

/** Stage 6: one message, judged at the moment it was sent; never a second one. */
export const firstContactRoutes = new Hono<AppEnv>()
  .get('/first-contact', requireUser, async (c) => {
    const [row] = await c
      .get('deps')
      .db.select(columns)
      .from(firstContacts)
      .where(eq(firstContacts.userId, c.get('user').id));
    if (!row) throw fail('first_contact_none');
    return c.json(toJson(row));
  })
  .post('/first-contact', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const input = await readJson(c, firstContactSchema);
    const sentAt = new Date(input.sentAt);
    if (instantInFuture(sentAt, now())) throw fail('first_contact_in_future');
    // Judged and recorded under the account's lock, so the facts it is judged by cannot change
    // before it is stored (the primary key alone keeps it to one).
    const row = await withAccountLock(db, userId, async (tx) => {
      const run = runIn(tx);
      const current = await loadFacts(run, userId);
      if (!current) throw fail('no_program');
      if (current.firstContact) throw fail('first_contact_already_sent');
      // Judged at its own time: what had happened by then, not what was logged since.
      const facts = await loadFacts(run, userId, {
        at: sentAt,
        day: dayIn(sentAt, current.program.timeZone),
      });
      const plan = evaluate(facts ?? current, sentAt);
      if (plan.stage === 'reconnect') throw fail('first_contact_not_needed');
      if (plan.stage !== 'first_contact')
        throw fail('first_contact_not_open', { missing: plan.gates.flatMap((g) => g.missing) });
      const [row] = await tx
        .insert(firstContacts)
        .values({
          userId,
          text: input.text,
          channel: input.channel,
          sentAt,
          createdAt: now(),
          updatedAt: now(),
        })
        .onConflictDoNothing()
        .returning(columns);
      if (row) await recordSignals(tx, userId, 'first_contact', 'first_contact', [row.text], now());
      return row;
    });
    if (!row) throw fail('first_contact_sent_meanwhile');
    return c.json(toJson(row), 201);
  })
  .patch('/first-contact', requireUser, async (c) => {
    const { db, run, now } = c.get('deps');
    const { outcome } = await readJson(c, firstContactOutcomeSchema);
    if (outcome === 'no_reply') {
      const facts = await loadFacts(run, c.get('user').id);
      const plan = facts && evaluate(facts, now());
      if (plan?.firstContact && !canRecordOutcome(plan, outcome))
        throw fail('reply_too_early', { until: plan.firstContact.windowEndsOn });
    }
    const [row] = await db
      .update(firstContacts)
      .set({ outcome, updatedAt: now() })
      .where(eq(firstContacts.userId, c.get('user').id))
      .returning(columns);
    if (!row) throw fail('reply_before_sent');
    return c.json(toJson(row));
  });
