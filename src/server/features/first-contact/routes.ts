import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { evaluate } from '../../../core/program/evaluate.ts';
import { canRecordOutcome } from '../../../core/program/reply.ts';
import { dayIn } from '../../../core/time/days.ts';
import {
  type FirstContact,
  firstContactOutcomeSchema,
  firstContactSchema,
} from '../../../shared/api/road.ts';
import { requireUser } from '../../auth/require-user.ts';
import { withAccountLock } from '../../db/lock-account.ts';
import { runIn } from '../../db/run-in.ts';
import { firstContacts } from '../../db/schema.ts';
import { ApiError } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { loadFacts } from '../program/queries.ts';
import { noProgram } from '../program/routes.ts';
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
    if (!row) throw new ApiError(404, 'not_found', 'You have not sent a first message.');
    return c.json(toJson(row));
  })
  .post('/first-contact', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const input = await readJson(c, firstContactSchema);
    const sentAt = new Date(input.sentAt);
    if (sentAt.getTime() > now().getTime() + 5 * 60_000) {
      throw new ApiError(
        422,
        'invalid_input',
        'That time is in the future. Mark it sent once you have sent it.',
      );
    }
    // Judged and recorded under the account's lock, so the facts it is judged by cannot change
    // before it is stored (the primary key alone keeps it to one).
    const row = await withAccountLock(db, userId, async (tx) => {
      const run = runIn(tx);
      const current = await loadFacts(run, userId);
      if (!current) throw noProgram();
      if (current.firstContact) {
        throw new ApiError(
          409,
          'conflict',
          'You already sent your first message. Rekindle never suggests a second one: give them room to answer.',
        );
      }
      // Judged at its own time: what had happened by then, not what was logged since.
      const facts = await loadFacts(run, userId, {
        at: sentAt,
        day: dayIn(sentAt, current.program.timeZone),
      });
      const plan = evaluate(facts ?? current, sentAt);
      if (plan.stage !== 'first_contact') {
        const missing = plan.gates.flatMap((g) => g.missing);
        const why =
          plan.stage === 'reconnect'
            ? 'They already reached out warmly, so there is no first message to send.'
            : `At that time contact was not open yet${missing.length ? `: ${missing.join(' ')}` : '.'}`;
        throw new ApiError(409, 'conflict', why);
      }
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
    if (!row) throw new ApiError(409, 'conflict', 'You already sent your first message.');
    return c.json(toJson(row), 201);
  })
  .patch('/first-contact', requireUser, async (c) => {
    const { db, run, now } = c.get('deps');
    const { outcome } = await readJson(c, firstContactOutcomeSchema);
    if (outcome === 'no_reply') {
      const facts = await loadFacts(run, c.get('user').id);
      const plan = facts && evaluate(facts, now());
      if (plan?.firstContact && !canRecordOutcome(plan, outcome)) {
        throw new ApiError(
          409,
          'conflict',
          `It is too early to call it no reply: give them until ${plan.firstContact.windowEndsOn}.`,
        );
      }
    }
    const [row] = await db
      .update(firstContacts)
      .set({ outcome, updatedAt: now() })
      .where(eq(firstContacts.userId, c.get('user').id))
      .returning(columns);
    if (!row)
      throw new ApiError(
        409,
        'conflict',
        'Mark your first message as sent before recording how they responded.',
      );
    return c.json(toJson(row));
  });
