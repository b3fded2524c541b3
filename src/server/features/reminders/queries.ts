import { and, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import {
  defaultReminderSettings,
  type ReminderSettings,
  reminderSettingsSchema,
} from '../../../shared/api/reminders.ts';
import type { Db } from '../../db/database.ts';
import {
  notifications,
  pushSubscriptions,
  reminderSchedules,
  reminderSettings,
  users,
} from '../../db/schema.ts';

/**
 * The person's settings, or the defaults before they have any. A stored row is read through the
 * shared schema, so one written by an older version gets today's defaults for what it lacks.
 */
export async function readSettings(db: Db, userId: string): Promise<ReminderSettings> {
  const [row] = await db
    .select({ settings: reminderSettings.settings })
    .from(reminderSettings)
    .where(eq(reminderSettings.userId, userId));
  if (!row) return defaultReminderSettings;
  const parsed = reminderSettingsSchema.safeParse(row.settings);
  return parsed.success ? (parsed.data as ReminderSettings) : defaultReminderSettings;
}

/**
 * Saves the settings and asks the worker to look at the person again now (their next slot may
 * have moved). Reminders are worked out from now on: a check-in time moved to earlier today does
 * not send today's reminder late.
 */
export async function saveSettings(db: Db, userId: string, settings: ReminderSettings, at: Date) {
  await db.transaction(async (tx) => {
    await tx
      .insert(reminderSettings)
      .values({ userId, settings, updatedAt: at })
      .onConflictDoUpdate({ target: reminderSettings.userId, set: { settings, updatedAt: at } });
    await scheduleFromNow(tx, userId, at);
  });
}

/** Gives a person with a program the default settings, if they have none yet (onboarding). */
export async function ensureSettings(db: Db, userId: string, at: Date) {
  await db
    .insert(reminderSettings)
    .values({ userId, settings: defaultReminderSettings, updatedAt: at })
    .onConflictDoNothing();
  await db
    .insert(reminderSchedules)
    .values({ userId, nextDueAt: at, plannedUntil: at })
    .onConflictDoNothing();
}

export async function scheduleFromNow(db: Db, userId: string, at: Date) {
  await db
    .insert(reminderSchedules)
    .values({ userId, nextDueAt: at, plannedUntil: at })
    .onConflictDoUpdate({
      target: reminderSchedules.userId,
      set: {
        nextDueAt: at,
        plannedUntil: sql`greatest(${reminderSchedules.plannedUntil}, ${at.toISOString()}::timestamptz)`,
      },
    });
}

export async function deliveryStatus(db: Db, userId: string) {
  const [[user], [subs]] = await Promise.all([
    db
      .select({ email: users.email, confirmedAt: users.emailConfirmedAt })
      .from(users)
      .where(eq(users.id, userId)),
    db.select({ n: count() }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)),
  ]);
  return {
    address: user?.email ?? '',
    confirmed: Boolean(user?.confirmedAt),
    subscriptions: Number(subs?.n ?? 0),
  };
}

/** In the app, and come: one held back by quiet hours shows once they end. */
const shown = (userId: string, now: Date) =>
  and(eq(notifications.userId, userId), eq(notifications.inApp, true), lte(notifications.createdAt, now));

export async function listNotifications(db: Db, userId: string, limit: number, now: Date) {
  const [rows, [unread]] = await Promise.all([
    limit === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(notifications)
          .where(shown(userId, now))
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(limit),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(shown(userId, now), isNull(notifications.readAt))),
  ]);
  return { rows, unread: Number(unread?.n ?? 0) };
}

/**
 * Marks the person's notifications read (the first time only: `readAt` keeps when it was first
 * opened). With `includeRead`, says whether the ids exist at all, read or not.
 */
export async function markRead(
  db: Db,
  userId: string,
  ids: string[] | 'all',
  at: Date,
  { includeRead = false } = {},
): Promise<boolean> {
  const mine = and(
    eq(notifications.userId, userId),
    ids === 'all' ? undefined : inArray(notifications.id, ids),
  );
  const changed = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (changed.length > 0 || !includeRead) return changed.length > 0;
  const [found] = await db.select({ id: notifications.id }).from(notifications).where(mine).limit(1);
  return Boolean(found);
}
