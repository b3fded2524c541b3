import { and, desc, eq, ne, notInArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { pushSubscriptionSchema, pushUnsubscribeSchema } from '../../../shared/api/reminders.ts';
import { requireUser } from '../../auth/require-user.ts';
import { pushSubscriptions } from '../../db/schema.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { vapidKeys } from './vapid.ts';

/**
 * Devices one person keeps subscribed. A new one past this replaces the one subscribed longest
 * ago rather than being refused: a lost or reset phone never unsubscribes, and someone should not
 * have to find it again to get reminders on the phone in their hand.
 */
export const maxSubscriptions = 10;

/** `POST /api/push/subscriptions`: how many devices the person now has subscribed. */
export type PushSubscribed = { subscriptions: number };

/**
 * The VAPID public key and this person's push subscriptions. Subscriptions are not exported and
 * go with the account (the table's user_id cascades): they belong to a device, not a person.
 */
export const pushRoutes = new Hono<AppEnv>()
  .get('/push/key', requireUser, async (c) => {
    const { publicKey } = await vapidKeys(c.get('deps').db);
    return c.json({ publicKey });
  })
  .post('/push/subscriptions', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const userId = c.get('user').id;
    const { endpoint, keys } = await readJson(c, pushSubscriptionSchema);
    const at = now();
    const subscriptions = await db.transaction(async (tx) => {
      // An endpoint already known is this browser again, perhaps signed in to another account
      // now: it moves to this person, so the previous one's reminders stop coming to it.
      await tx
        .insert(pushSubscriptions)
        .values({ userId, endpoint, p256dh: keys.p256dh, auth: keys.auth, createdAt: at })
        .onConflictDoUpdate({
          target: pushSubscriptions.endpoint,
          set: { userId, p256dh: keys.p256dh, auth: keys.auth, createdAt: at },
        });
      // The one just sent is always kept (a frozen clock can give several the same time).
      const others = and(eq(pushSubscriptions.userId, userId), ne(pushSubscriptions.endpoint, endpoint));
      const kept = tx
        .select({ id: pushSubscriptions.id })
        .from(pushSubscriptions)
        .where(others)
        .orderBy(desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id))
        .limit(maxSubscriptions - 1);
      await tx.delete(pushSubscriptions).where(and(others, notInArray(pushSubscriptions.id, kept)));
      return tx.$count(pushSubscriptions, eq(pushSubscriptions.userId, userId));
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ subscriptions } satisfies PushSubscribed, 201);
  })
  .delete('/push/subscriptions', requireUser, async (c) => {
    const { db } = c.get('deps');
    const { endpoint } = await readJson(c, pushUnsubscribeSchema);
    // Only this person's: another's endpoint is left alone, and the answer is the same either
    // way, so it says nothing about whether someone else has that endpoint.
    await db
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.userId, c.get('user').id), eq(pushSubscriptions.endpoint, endpoint)));
    return c.body(null, 204);
  });
