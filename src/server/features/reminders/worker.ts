import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { evaluate } from '../../../core/program/evaluate.ts';
import { findHardHours } from '../../../core/progress/progress.ts';
import type { ReminderChannel } from '../../../core/reminders/kinds.ts';
import {
  maxDeliveryAttempts,
  nextSlotAfter,
  outsideText,
  remindersAt,
  retryDelayMs,
  slotsBetween,
} from '../../../core/reminders/schedule.ts';
import { addDays, dayIn } from '../../../core/time/days.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { RunStatement } from '../../db/prepared.ts';
import {
  deliveries,
  notifications,
  pushSubscriptions,
  reminderSchedules,
  reminderSettings,
  users,
} from '../../db/schema.ts';
import { urgesByHour } from '../no-contact/routes.ts';
import { loadFacts } from '../program/queries.ts';
import type { Channel, DeliveryJob, SendResult } from './channels.ts';
import { readSettings } from './queries.ts';

/**
 * The reminder worker: it works out who has a reminder due, records it once, and delivers it once
 * per channel, however many server processes run it against one database.
 *
 * 1. Planning. Each person has one "next slot" instant (reminder_schedules.next_due_at). A worker
 *    claims people whose slot has come with FOR UPDATE SKIP LOCKED, pushing their slot a few
 *    minutes on (a lease), so no two workers plan the same person at once. It records what fell
 *    due as a notification (unique per person, kind, subject and day) and one delivery row per
 *    channel (unique key): planning twice, after a crash, makes nothing twice.
 * 2. Sending. A worker claims due deliveries the same way, marking them `sending` with a lease,
 *    sends, then records the result. A worker that dies between sending and recording leaves a
 *    lease that runs out; the delivery is then sent again with the same key (an email keeps its
 *    Message-ID), which is the only way a repeat can happen.
 */

export type WorkerDeps = {
  db: Db;
  run: RunStatement;
  config: Config;
  log: Logger;
  now: () => Date;
  channels: Record<ReminderChannel, Channel>;
};

/**
 * How long a claim holds before another worker may take the work over: six passes, from 30 s to
 * 5 minutes. A send that outlasts it may be repeated (with the same key), so it stays well above
 * how long one pass takes; a worker that died holds its work no longer than this.
 */
const leaseMs = (config: Config) => Math.min(5 * 60_000, Math.max(30_000, config.workerIntervalMs * 6));
/** A worker that was stopped for longer does not send what fell due before this. */
const lookBackMs = 26 * 60 * 60_000;
/** Urges of the last four weeks decide the hard hours. */
const hardHoursDays = 28;
const batch = 50;

/** Both drivers answer a raw statement with `{ rows }`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Plans everyone whose slot has come; returns how many people were looked at. */
export async function planDue(deps: WorkerDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const at = deps.now();
    const lease = new Date(at.getTime() + leaseMs(deps.config));
    const claimed = await deps.db.execute(sql`
      update ${reminderSchedules} set next_due_at = ${lease.toISOString()}::timestamptz
      where user_id in (
        select user_id from ${reminderSchedules}
        where next_due_at <= ${at.toISOString()}::timestamptz
        order by next_due_at
        limit ${batch}
        for update skip locked
      )
      returning user_id, planned_until`);
    const rows = rowsOf<{ user_id: string; planned_until: string | Date }>(claimed);
    for (const row of rows) {
      try {
        await planPerson(deps, row.user_id, new Date(row.planned_until), at, lease);
      } catch (error) {
        // Left with its lease: tried again once it runs out.
        deps.log.warn({ err: { name: (error as Error).name } }, 'planning reminders failed for one person');
      }
    }
    total += rows.length;
    if (rows.length < batch) return total;
  }
}

async function planPerson(deps: WorkerDeps, userId: string, plannedUntil: Date, at: Date, lease: Date) {
  const { db } = deps;
  // The schedule is moved on only if it still holds this pass's lease: settings saved while the
  // person was being planned set it to "now", and the next pass plans them with those settings
  // (otherwise the old settings' next slot would overwrite it, and a new reminder time be missed).
  const stillOurs = and(eq(reminderSchedules.userId, userId), eq(reminderSchedules.nextDueAt, lease));
  const [hasRow] = await db
    .select({ userId: reminderSettings.userId })
    .from(reminderSettings)
    .where(eq(reminderSettings.userId, userId));
  const facts = hasRow ? await loadFacts(deps.run, userId) : undefined;
  if (!facts) {
    await db.update(reminderSchedules).set({ nextDueAt: null, plannedUntil: at }).where(stillOurs);
    return;
  }
  const settings = await readSettings(db, userId);
  const zone = settings.timeZone ?? facts.program.timeZone;
  const today = dayIn(at, zone);
  const from = addDays(today, -(hardHoursDays - 1));
  const byHour = settings.hardHours.enabled
    ? await urgesByHour(db, userId, zone, new Date(`${addDays(from, -1)}T00:00:00Z`), from)
    : [];
  const hard = findHardHours(byHour);
  const since = new Date(Math.max(plannedUntil.getTime(), at.getTime() - lookBackMs));
  const slots = slotsBetween(since, at, settings, zone, hard);
  if (slots.length > 0) {
    const channels = await availableChannels(deps, userId, settings.channels);
    const ctx = {
      lastCheckinDay: facts.latestCheckin ? dayIn(facts.latestCheckin.at, zone) : null,
      hardHours: hard,
    };
    for (const slot of slots) {
      for (const due of remindersAt(slot, evaluate(facts, slot.at), settings, ctx, zone)) {
        if (due.staleAt <= at) continue;
        if (!settings.channels.inApp && channels.length === 0) continue;
        await db.transaction(async (tx) => {
          const [made] = await tx
            .insert(notifications)
            .values({
              userId,
              kind: due.kind,
              subject: due.subject,
              day: due.day,
              title: due.title,
              body: due.body,
              link: due.link,
              inApp: settings.channels.inApp,
              createdAt: due.sendAt > at ? due.sendAt : at,
            })
            .onConflictDoNothing()
            .returning({ id: notifications.id });
          if (!made) return;
          for (const channel of channels) {
            await tx
              .insert(deliveries)
              .values({
                key: deliveryKey(userId, due.kind, due.subject, due.day, channel),
                userId,
                notificationId: made.id,
                channel,
                notBefore: due.sendAt,
                staleAt: due.staleAt,
              })
              .onConflictDoNothing();
          }
        });
      }
    }
  }
  await db
    .update(reminderSchedules)
    .set({ plannedUntil: at, nextDueAt: nextSlotAfter(at, settings, zone, hard) })
    .where(stillOurs);
}

/** One delivery of one reminder through one channel: the identity that makes it happen once. */
export const deliveryKey = (userId: string, kind: string, subject: string, day: string, channel: string) =>
  `${userId}:${kind}:${subject}:${day}:${channel}`;

/** The outside channels that can reach the person now: email once confirmed, push once subscribed. */
async function availableChannels(
  deps: WorkerDeps,
  userId: string,
  wanted: { push: boolean; email: boolean },
): Promise<ReminderChannel[]> {
  const out: ReminderChannel[] = [];
  if (wanted.push) {
    const [sub] = await deps.db
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId))
      .limit(1);
    if (sub) out.push('push');
  }
  if (wanted.email && deps.config.smtp) {
    const [user] = await deps.db
      .select({ confirmedAt: users.emailConfirmedAt })
      .from(users)
      .where(eq(users.id, userId));
    if (user?.confirmedAt) out.push('email');
  }
  return out;
}

type Claimed = {
  key: string;
  user_id: string;
  notification_id: string;
  channel: ReminderChannel;
  attempts: number;
  stale_at: string | Date;
};

/** Sends every delivery that is due; returns how many were claimed. */
export async function sendDue(deps: WorkerDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const at = deps.now();
    const iso = at.toISOString();
    const claimed = await deps.db.execute(sql`
      update ${deliveries}
      set status = 'sending', attempts = attempts + 1,
          lease_until = ${new Date(at.getTime() + leaseMs(deps.config)).toISOString()}::timestamptz
      where key in (
        select key from ${deliveries}
        where (status = 'pending' and not_before <= ${iso}::timestamptz)
           or (status = 'sending' and lease_until <= ${iso}::timestamptz)
        order by not_before
        limit ${batch}
        for update skip locked
      )
      returning key, user_id, notification_id, channel, attempts, stale_at`);
    const rows = rowsOf<Claimed>(claimed);
    await Promise.all(rows.map((row) => sendOne(deps, row, at)));
    total += rows.length;
    if (rows.length < batch) return total;
  }
}

async function sendOne(deps: WorkerDeps, row: Claimed, at: Date) {
  const { db } = deps;
  const settle = (set: Partial<typeof deliveries.$inferInsert>) =>
    db
      .update(deliveries)
      .set({ leaseUntil: null, ...set })
      .where(and(eq(deliveries.key, row.key), eq(deliveries.status, 'sending')));
  if (new Date(row.stale_at) <= at) {
    await settle({ status: 'dropped', lastError: 'stale' });
    return;
  }
  let result: SendResult;
  try {
    const [note] = await db.select().from(notifications).where(eq(notifications.id, row.notification_id));
    if (!note) {
      await settle({ status: 'dropped', lastError: 'gone' });
      return;
    }
    const settings = await readSettings(db, row.user_id);
    if (row.channel === 'email' ? !settings.channels.email : !settings.channels.push) {
      await settle({ status: 'dropped', lastError: 'switched_off' });
      return;
    }
    const text = outsideText(note, settings);
    const job: DeliveryJob = {
      key: row.key,
      userId: row.user_id,
      kind: note.kind,
      title: text.title,
      body: text.body,
      link: note.link,
    };
    result = await deps.channels[row.channel](job, deps);
  } catch (error) {
    result = { ok: false, retry: true, code: (error as Error).name || 'error' };
  }
  if (result.ok) {
    await settle({ status: 'sent', sentAt: deps.now(), lastError: null });
  } else if (result.retry && row.attempts < maxDeliveryAttempts) {
    await settle({
      status: 'pending',
      notBefore: new Date(at.getTime() + retryDelayMs(row.attempts)),
      lastError: result.code,
    });
  } else {
    await settle({ status: 'failed', lastError: result.code });
  }
}

/** One pass: plan, then send. */
export async function workOnce(deps: WorkerDeps) {
  const planned = await planDue(deps);
  const sent = await sendDue(deps);
  return { planned, sent };
}

export type RunningWorker = { stop(): Promise<void>; tick(): Promise<void> };

/**
 * Runs the worker every `intervalMs` in this process until stopped. A pass never overlaps the
 * previous one; a failed pass is logged (by name) and the next one tries again.
 */
export function startWorker(deps: WorkerDeps, intervalMs: number): RunningWorker {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped) return Promise.resolve();
    running ??= workOnce(deps)
      .then(() => undefined)
      .catch((error: Error) => deps.log.warn({ err: { name: error.name } }, 'reminder worker pass failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  const first = setTimeout(() => void tick(), Math.min(intervalMs, 2000));
  first.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
