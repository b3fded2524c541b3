import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dayIn } from '../../src/core/time/days.ts';
import { localTime } from '../../src/core/time/zoned.ts';
import type { NotificationsResponse } from '../../src/shared/api/reminders.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

// Two server processes, each running the reminder worker, on one PostgreSQL database
// (vitest.config.ts runs this file in the PostgreSQL pass), with a real SMTP server here.
if (!process.env.DATABASE_URL) throw new Error('This test needs DATABASE_URL (PostgreSQL).');

const people = 50;
const servers: SpawnedServer[] = [];
const cleanups: (() => Promise<void>)[] = [];
let smtp: TestSmtp | undefined;
afterAll(async () => {
  for (const s of servers) {
    if (s.process.exitCode === null && s.process.signalCode === null) s.process.kill('SIGTERM');
    await s.exited;
  }
  await smtp?.close();
  for (const c of cleanups) await c();
});

/** A zone where the next few minutes are well inside the day, whatever hour the test runs. */
function daytimeZone(now: Date) {
  for (const zone of ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata']) {
    const { minutes } = localTime(now, zone);
    if (minutes > 60 && minutes < 23 * 60 - 30) return zone;
  }
  throw new Error('no daytime zone');
}

/** Reminder emails carry a one-click unsubscribe; the confirmation emails sent at sign-up do not. */
const isReminder = (mail: ReceivedMail) => mail.headers.has('list-unsubscribe');

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

describe('reminders from two servers, one PostgreSQL', () => {
  it(`deliver ${people} reminders due in the same minute exactly once each, even when one server is killed`, async () => {
    smtp = await startTestSmtp();
    const { env, cleanup } = await freshDatabaseEnv();
    cleanups.push(cleanup);
    const publicUrl = 'http://rekindle.test';
    const shared = {
      ...env,
      REKINDLE_PUBLIC_URL: publicUrl,
      REKINDLE_SMTP_URL: smtp.url,
      REKINDLE_WORKER_INTERVAL_SECONDS: '1',
      // Each person signs up from their own address (sign-ups are limited per address).
      REKINDLE_TRUST_PROXY: 'true',
    };
    const [a, b] = await Promise.all([spawnServer(shared), spawnServer(shared)]);
    servers.push(a!, b!);

    const zone = daytimeZone(new Date());
    const clients: { client: Client; id: string; email: string }[] = [];
    for (let i = 0; i < people; i++) {
      const client = new Client(i % 2 ? a!.url : b!.url, publicUrl);
      const email = uniqueEmail(`due${i}`);
      const signup = await client.post(
        '/api/auth/signup',
        { email, password: 'a quiet walk by the river' },
        { 'x-forwarded-for': `10.9.${i}.1` },
      );
      expect(signup.status).toBe(201);
      const id = (signup.json as { id: string }).id;
      clients.push({ client, id, email });
    }
    // Addresses confirmed directly in the database: confirmation by link is tested in email.test.ts.
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    cleanups.unshift(() => db.end());
    await db.query('update users set email_confirmed_at = now()');

    // Everyone's check-in reminder at the same local minute, at least 20 s from now.
    const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const { minutes, day } = localTime(due, zone);
    await Promise.all(
      clients.map(async ({ client }) => {
        const program = await client.put('/api/program', {
          scenario: 'mutual',
          exName: 'Sam',
          exPronouns: 'they',
          endedOn: '2026-01-01',
          lastContactOn: '2026-01-02',
          timeZone: zone,
        });
        expect(program.status).toBe(200);
        const saved = await client.put('/api/reminders', {
          quietHours: null,
          channels: { inApp: true, push: false, email: true },
          checkIn: { enabled: true, at: hhmm(minutes) },
          hardHours: { enabled: false },
          milestones: { enabled: false },
          triggerDates: [],
          weeklySummary: { enabled: false },
        });
        expect(saved.status).toBe(200);
      }),
    );

    // Kill one server with SIGKILL as soon as the first reminder email arrives: whatever it had
    // claimed and not yet recorded is taken over by the other when its lease runs out.
    await smtp.waitFor(isReminder, 90_000);
    a!.process.kill('SIGKILL');
    await a!.exited;

    const reminders = () => smtp!.received.filter(isReminder);
    const distinct = () => new Set(reminders().map((m) => m.messageId));
    const until = Date.now() + 90_000;
    while (distinct().size < people && Date.now() < until) await new Promise((r) => setTimeout(r, 200));

    const expected = new Map(
      clients.map(({ id, email }) => {
        const key = `${id}:check_in:daily:${day}:email`;
        const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
        return [`<${hash}@rekindle.test>`, email];
      }),
    );
    const got = reminders();
    if (distinct().size < people) {
      // Where the missing ones stand, so a failure says which step held them.
      const messageIds = [...expected.keys()];
      const missing = clients.filter((_, i) => !distinct().has(messageIds[i]!));
      for (const { id } of missing) {
        const d = await db.query(
          'select status, attempts, last_error, not_before, lease_until, stale_at from deliveries where user_id = $1',
          [id],
        );
        const s = await db.query(
          'select next_due_at, planned_until from reminder_schedules where user_id = $1',
          [id],
        );
        console.log('missing reminder', { due, now: new Date(), deliveries: d.rows, schedule: s.rows });
      }
    }
    // Every person exactly one distinct email, its Message-ID derived from its delivery key.
    expect([...distinct()].sort()).toEqual([...expected.keys()].sort());
    for (const mail of got) expect(mail.to).toEqual([expected.get(mail.messageId)]);
    // A repeat is possible only for what the killed server had claimed (the crash window).
    const repeats = got.length - distinct().size;
    console.log(
      `reminders: ${got.length} emails, ${distinct().size} distinct Message-IDs, ${repeats} repeated after the kill`,
    );
    expect(repeats).toBeLessThanOrEqual(people);

    // The last email can arrive a moment before its sender records it: wait for the records.
    const statuses = async () =>
      (
        await db.query<{ status: string; n: string }>(
          `select status, count(*) as n from deliveries group by status`,
        )
      ).rows;
    const recorded = Date.now() + 30_000;
    while (JSON.stringify(await statuses()) !== JSON.stringify([{ status: 'sent', n: String(people) }])) {
      if (Date.now() > recorded) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await statuses()).toEqual([{ status: 'sent', n: String(people) }]);
    // In the app too, once each, through the server that is still running.
    const onB = new Client(b!.url, publicUrl);
    onB.cookie = clients[0]!.client.cookie;
    const list = (await onB.get('/api/notifications')).json as NotificationsResponse;
    expect(list.notifications.map((n) => n.kind)).toEqual(['check_in']);
    expect(dayIn(due, zone)).toBe(day);
  }, 240_000);
});
