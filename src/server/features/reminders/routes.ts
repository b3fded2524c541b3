import { Hono } from 'hono';
import { z } from 'zod';
import {
  markReadSchema,
  type NotificationsResponse,
  type ReminderSettings,
  type RemindersResponse,
  reminderSettingsSchema,
} from '../../../shared/api/reminders.ts';
import { requireUser } from '../../auth/require-user.ts';
import { fail } from '../../http/api-error.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
import { zoneOf } from '../program/zone.ts';
import { deliveryStatus, listNotifications, markRead, readSettings, saveSettings } from './queries.ts';

const uuid = z.uuid();

const listQuery = z.object({ limit: z.coerce.number().int().min(0).max(200).default(50) });

/** Reminder settings, and the in-app list of the reminders that came. */
export const reminderRoutes = new Hono<AppEnv>()
  .get('/reminders', requireUser, async (c) => c.json(await remindersOf(c.get('deps'), c.get('user').id)))
  .put('/reminders', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const settings = (await readJson(c, reminderSettingsSchema)) as ReminderSettings;
    await saveSettings(db, c.get('user').id, settings, now());
    return c.json(await remindersOf(c.get('deps'), c.get('user').id));
  })
  .get('/notifications', requireUser, async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) throw fail('notifications_limit');
    const { db, now } = c.get('deps');
    const { rows, unread } = await listNotifications(db, c.get('user').id, query.data.limit, now());
    return c.json({
      notifications: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        href: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      unread,
    } satisfies NotificationsResponse);
  })
  .post('/notifications/:id/read', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const id = c.req.param('id');
    if (!uuid.safeParse(id).success) throw fail('notification_not_found');
    if (!(await markRead(db, c.get('user').id, [id], now(), { includeRead: true })))
      throw fail('notification_not_found');
    return c.body(null, 204);
  })
  .post('/notifications/read', requireUser, async (c) => {
    const { db, now } = c.get('deps');
    const input = await readJson(c, markReadSchema);
    if (!input.all && !input.ids?.length) throw fail('notifications_unnamed');
    await markRead(db, c.get('user').id, input.all ? 'all' : (input.ids ?? []), now());
    return c.body(null, 204);
  });

async function remindersOf(deps: AppEnv['Variables']['deps'], userId: string): Promise<RemindersResponse> {
  const [settings, status, programZone] = await Promise.all([
    readSettings(deps.db, userId),
    deliveryStatus(deps.db, userId),
    zoneOf(deps.db, userId),
  ]);
  return {
    settings,
    timeZone: settings.timeZone ?? programZone,
    email: { configured: Boolean(deps.config.smtp), address: status.address, confirmed: status.confirmed },
    push: { configured: true, subscriptions: status.subscriptions },
  };
}
