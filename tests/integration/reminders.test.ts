import { eq } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { deliveries, notifications, reminderSettings } from '../../src/server/db/schema.ts';
import { workerDeps } from '../../src/server/features/reminders/start.ts';
import { planDue } from '../../src/server/features/reminders/worker.ts';
import {
  defaultReminderSettings,
  type NotificationsResponse,
  type ReminderSettingsInput,
  type RemindersResponse,
} from '../../src/shared/api/reminders.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { personWithProgram } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const minute = 60_000;

/** The defaults as a person would send them back, with their changes. */
const settingsWith = (change: Partial<ReminderSettingsInput>): ReminderSettingsInput => ({
  ...defaultReminderSettings,
  ...change,
});

/** A person with a program in UTC (last contact three days ago). The server's clock is 14:00 UTC. */
async function person(zone = 'UTC') {
  const email = uniqueEmail('remind');
  const { client, id } = await personWithProgram(server.url, server.clock.now, 3, { timeZone: zone }, email);
  return { client, id };
}

const hhmm = (at: Date) => at.toISOString().slice(11, 16);
/** Saves a check-in reminder `minutes` after the server's now, with no quiet hours (and `change`). */
const checkInReminderIn = async (
  client: Client,
  minutes: number,
  change: Partial<ReminderSettingsInput> = {},
) => {
  const at = hhmm(new Date(server.clock.now.getTime() + minutes * minute));
  const saved = await client.put(
    '/api/reminders',
    settingsWith({ checkIn: { enabled: true, at }, quietHours: null, ...change }),
  );
  expect(saved.status).toBe(200);
};
const list = async (client: Client) => (await client.get('/api/notifications')).json as NotificationsResponse;

describe('reminder settings', () => {
  it('start gentle (in the app only), save whole and read back', async () => {
    const { client } = await person('Europe/Berlin');
    const first = await client.get('/api/reminders');
    expect(first.status).toBe(200);
    const body = first.json as RemindersResponse;
    expect(body.settings.channels).toEqual({ inApp: true, push: false, email: false });
    expect(body.settings.quietHours).toEqual({ from: '22:00', to: '08:00' });
    expect(body.timeZone).toBe('Europe/Berlin');
    expect(body.email).toMatchObject({ configured: false, confirmed: false });

    const wanted = settingsWith({
      checkIn: { enabled: true, at: '07:45' },
      quietHours: null,
      triggerDates: [{ label: 'his birthday', on: '06-14' }],
      timeZone: 'America/Chicago',
    });
    const saved = await client.put('/api/reminders', wanted);
    expect(saved.status).toBe(200);
    const back = (await client.get('/api/reminders')).json as RemindersResponse;
    expect(back.settings).toMatchObject({ ...wanted, specificTexts: false });
    expect(back.timeZone).toBe('America/Chicago');
  });

  it('refuse bad values with a message a person can act on, and keep what was saved', async () => {
    const { client } = await person();
    for (const [change, says] of [
      [{ checkIn: { enabled: true, at: '25:00' } }, /24-hour time/],
      [{ triggerDates: [{ label: 'our anniversary', on: '02-30' }] }, /not a real date/],
      [{ triggerDates: [{ label: '  ', on: '03-01' }] }, /Name the date/],
      [{ quietHours: { from: '22:00', to: '22:00' } }, /different times/],
      [{ timeZone: 'Mars/Olympus' }, /time zone/],
    ] as const) {
      const res = await client.put('/api/reminders', settingsWith(change as Partial<ReminderSettingsInput>));
      expect(res.status).toBe(422);
      expect((res.json as { error: { message: string } }).error.message).toMatch(says);
    }
    expect((await client.put('/api/reminders', { channels: 'all' })).status).toBe(422);
    expect(((await client.get('/api/reminders')).json as RemindersResponse).settings.checkIn.at).toBe(
      '20:00',
    );
  });

  it('need a session', async () => {
    expect((await new Client(server.url).get('/api/reminders')).status).toBe(401);
    expect((await new Client(server.url).get('/api/notifications')).status).toBe(401);
  });
});

describe('the reminder worker, in the app', () => {
  it('brings the check-in reminder at its time, once, and again the next day', async () => {
    const { client } = await person();
    await checkInReminderIn(client, 30);
    await server.workReminders();
    expect((await list(client)).notifications).toEqual([]);

    server.clock.advance(31 * minute);
    // Two passes at once (two servers): still one reminder.
    await Promise.all([server.workReminders(), server.workReminders()]);
    await server.workReminders();
    const after = await list(client);
    expect(after.notifications).toHaveLength(1);
    expect(after.notifications[0]).toMatchObject({ kind: 'check_in', href: '/checkin', readAt: null });
    expect(after.notifications[0]?.title).toMatch(/check-in/);
    expect(after.unread).toBe(1);

    server.clock.advance(24 * 60 * minute);
    await server.workReminders();
    const next = await list(client);
    expect(next.notifications.filter((n) => n.kind === 'check_in')).toHaveLength(2);

    // One opened: read from then on; someone else's, or none, is not found.
    const first = next.notifications[0]!;
    expect((await client.post(`/api/notifications/${first.id}/read`)).status).toBe(204);
    const opened = await list(client);
    expect(opened.unread).toBe(1);
    expect(opened.notifications.find((n) => n.id === first.id)?.readAt).toBe(server.clock.now.toISOString());
    expect((await client.post(`/api/notifications/${first.id}/read`)).status).toBe(204);
    const stranger = await person();
    expect((await stranger.client.post(`/api/notifications/${first.id}/read`)).status).toBe(404);
    expect((await client.post('/api/notifications/not-an-id/read')).status).toBe(404);
    expect((await client.post('/api/notifications/read', { all: true })).status).toBe(204);
    expect((await list(client)).unread).toBe(0);
    expect(
      ((await client.get('/api/notifications?limit=0')).json as NotificationsResponse).notifications,
    ).toEqual([]);
  });

  it('keeps a new reminder time saved while the worker was planning the person', async () => {
    // Everyone else planned, so the next pass claims only this person (due since onboarding).
    await server.workReminders();
    const { client } = await person();
    const deps = workerDeps(server.config, server.database, pino({ enabled: false }), () => server.clock.now);
    let saved = false;
    // The person saves a check-in time after the pass has read their settings and before it
    // records their next slot (its first update).
    const db = new Proxy(deps.db, {
      get(target, name, receiver) {
        if (name !== 'update' || saved) return Reflect.get(target, name, receiver);
        return (table: Parameters<typeof target.update>[0]) => ({
          set: (values: never) => ({
            where: async (condition: never) => {
              saved = true;
              await checkInReminderIn(client, 30);
              return target.update(table).set(values).where(condition);
            },
          }),
        });
      },
    });
    await planDue({ ...deps, db });
    expect(saved).toBe(true);

    server.clock.advance(31 * minute);
    await server.workReminders();
    expect((await list(client)).notifications.map((n) => n.kind)).toEqual(['check_in']);
  });

  it('sends no check-in reminder for a day already checked in', async () => {
    const { client } = await person();
    await checkInReminderIn(client, 20);
    const checked = await client.post('/api/checkins', { mood: 6, sad: 4, desperate: 3, steady: 6 });
    expect(checked.status).toBe(201);
    server.clock.advance(21 * minute);
    await server.workReminders();
    expect((await list(client)).notifications).toEqual([]);
  });

  it('holds nothing back for tomorrow that would be stale by then (quiet hours past midnight)', async () => {
    const { client, id } = await person();
    // Quiet from an hour ago until just after midnight: the check-in reminder could only come
    // tomorrow, when today's check-in is over.
    await client.put(
      '/api/reminders',
      settingsWith({
        checkIn: { enabled: true, at: hhmm(new Date(server.clock.now.getTime() + 10 * minute)) },
        quietHours: { from: hhmm(new Date(server.clock.now.getTime() - 60 * minute)), to: '00:01' },
      }),
    );
    server.clock.advance(11 * minute);
    await server.workReminders();
    expect(await server.database.db.select().from(notifications).where(eq(notifications.userId, id))).toEqual(
      [],
    );
    // The same time without quiet hours: it comes.
    await checkInReminderIn(client, 10);
    server.clock.advance(11 * minute);
    await server.workReminders();
    expect((await list(client)).notifications.map((n) => n.kind)).toEqual(['check_in']);
  });

  it('holds a reminder due in quiet hours until they end, then shows it', async () => {
    const { client, id } = await person();
    const now = server.clock.now;
    // Quiet from a minute ago for an hour; the check-in falls in the middle.
    await client.put(
      '/api/reminders',
      settingsWith({
        checkIn: { enabled: true, at: hhmm(new Date(now.getTime() + 10 * minute)) },
        quietHours: {
          from: hhmm(new Date(now.getTime() - minute)),
          to: hhmm(new Date(now.getTime() + 59 * minute)),
        },
      }),
    );
    server.clock.advance(11 * minute);
    await server.workReminders();
    expect((await list(client)).notifications).toEqual([]);
    const [held] = await server.database.db.select().from(notifications).where(eq(notifications.userId, id));
    expect(held?.createdAt.toISOString().slice(11, 16)).toBe(hhmm(new Date(now.getTime() + 59 * minute)));
    server.clock.advance(49 * minute);
    await server.workReminders();
    const after = await list(client);
    expect(after.notifications.map((n) => n.kind)).toEqual(['check_in']);
    expect(after.unread).toBe(1);
  });

  it('gives a heads-up the evening before a trigger date, and nothing when switched off', async () => {
    const { client } = await person();
    const off = await person();
    const tomorrow = addDays(dayIn(server.clock.now, 'UTC'), 1);
    const dates = (triggerDates: { label: string; on: string }[]) =>
      settingsWith({
        checkIn: { enabled: false, at: '20:00' },
        weeklySummary: { enabled: false },
        triggerDates,
      });
    await client.put('/api/reminders', dates([{ label: 'her birthday', on: tomorrow.slice(5) }]));
    await off.client.put('/api/reminders', dates([]));
    const evening = new Date(`${dayIn(server.clock.now, 'UTC')}T18:00:30Z`);
    server.clock.advance(evening.getTime() - server.clock.now.getTime());
    await server.workReminders();
    const got = await list(client);
    expect(got.notifications.map((n) => n.title)).toContain('Tomorrow: her birthday');
    // Texts never name the ex.
    expect(JSON.stringify(got)).not.toContain('Alex');
    expect((await list(off.client)).notifications).toEqual([]);
  });

  it('makes no delivery for a channel that cannot reach the person (no push subscription, no email)', async () => {
    const { client, id } = await person();
    await checkInReminderIn(client, 5, { channels: { inApp: true, push: true, email: true } });
    server.clock.advance(6 * minute);
    await server.workReminders();
    expect((await list(client)).notifications).toHaveLength(1);
    expect(await server.database.db.select().from(deliveries).where(eq(deliveries.userId, id))).toEqual([]);
  });
});

describe('reminder settings in an export', () => {
  it('travel with the account, and an import replaces the new account’s defaults', async () => {
    const from = await person();
    await from.client.put(
      '/api/reminders',
      settingsWith({
        checkIn: { enabled: true, at: '06:15' },
        triggerDates: [{ label: 'a hard day', on: '11-02' }],
      }),
    );
    const exported = (await from.client.get('/api/export')).json as { tables: Record<string, unknown[]> };
    expect(exported.tables.reminder_settings).toHaveLength(1);
    expect(exported.tables.notifications).toBeUndefined();
    expect(exported.tables.deliveries).toBeUndefined();

    const to = new Client(server.url);
    const id = ((await to.signup(uniqueEmail('import'))).json as { id: string }).id;
    const imported = await to.post('/api/import', exported);
    expect(imported.status).toBe(200);
    const settings = ((await to.get('/api/reminders')).json as RemindersResponse).settings;
    expect(settings.checkIn.at).toBe('06:15');
    expect(settings.triggerDates).toEqual([{ label: 'a hard day', on: '11-02' }]);
    const rows = await server.database.db
      .select()
      .from(reminderSettings)
      .where(eq(reminderSettings.userId, id));
    expect(rows).toHaveLength(1);

    const broken = structuredClone(exported);
    (broken.tables.reminder_settings![0] as { settings: { checkIn: unknown } }).settings.checkIn = {
      enabled: true,
      at: '31:00',
    };
    const other = new Client(server.url);
    await other.signup(uniqueEmail('import'));
    const refused = await other.post('/api/import', broken);
    expect(refused.status).toBe(422);
    expect((refused.json as { error: { message: string } }).error.message).toMatch(/reminder setting/);
  });
});
