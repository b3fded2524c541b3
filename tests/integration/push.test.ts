import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralText } from '../../src/core/reminders/schedule.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { pushSubscriptions } from '../../src/server/db/schema.ts';
import { maxPayloadBytes, pushChannel, pushTtlSeconds } from '../../src/server/features/push/channel.ts';
import { maxSubscriptions } from '../../src/server/features/push/routes.ts';
import type { DeliveryJob } from '../../src/server/features/reminders/channels.ts';
import { startServer } from '../../src/server/server.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { reflectedPerson } from '../support/people.ts';
import { type PushDevice, type PushService, readVapid, startPushService } from '../support/push-service.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
let service: PushService;
beforeAll(async () => {
  [server, service] = await Promise.all([startTestServer(), startPushService()]);
});
afterAll(async () => {
  await Promise.all([server.close(), service.close()]);
});

async function person(label = 'push') {
  const client = new Client(server.url);
  const id = ((await client.signup(uniqueEmail(label))).json as { id: string }).id;
  return { client, id };
}

/** A person with `count` devices subscribed at the stand-in push service, one after another. */
async function personWithDevices(count: number) {
  const { client, id } = await person();
  const devices = Array.from({ length: count }, () => service.device());
  for (const device of devices) {
    expect((await client.post('/api/push/subscriptions', device.subscription)).status).toBe(201);
  }
  return { client, id, devices };
}

const deps = () => ({ db: server.database.db, config: server.config, now: () => server.clock.now });

const job = (userId: string, extra: Partial<DeliveryJob> = {}): DeliveryJob => ({
  key: `${userId}:check_in:-:2026-12-01:push`,
  userId,
  kind: 'check_in',
  title: 'Rekindle: a reminder for today',
  body: 'A moment to check in with yourself, whenever suits you.',
  link: '/checkin',
  ...extra,
});

const rowsOf = (userId: string) =>
  server.database.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
const rowFor = async (endpoint: string) =>
  (
    await server.database.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint))
  )[0];

describe('push subscriptions and delivery', () => {
  it('gives the VAPID public key to a signed-in person only', async () => {
    expect((await new Client(server.url).get('/api/push/key')).status).toBe(401);
    const { client } = await person();
    const key = await client.get('/api/push/key');
    expect(key.status).toBe(200);
    const { publicKey } = key.json as { publicKey: string };
    // An uncompressed P-256 point, base64url: what pushManager.subscribe takes.
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(Buffer.from(publicKey, 'base64url')[0]).toBe(4);
    expect(((await client.get('/api/push/key')).json as { publicKey: string }).publicKey).toBe(publicKey);
  });

  it('delivers a reminder the device can decrypt, signed with the key the browser was given', async () => {
    const { client, id } = await person();
    const device = service.device();
    const subscribed = await client.post('/api/push/subscriptions', device.subscription);
    expect(subscribed.status).toBe(201);
    expect(subscribed.json).toEqual({ subscriptions: 1 });

    const before = service.requests.length;
    expect(await pushChannel(job(id), deps())).toEqual({ ok: true });
    const received = service.requests.slice(before);
    expect(received).toHaveLength(1);
    const request = received[0]!;
    expect(request.path).toBe(new URL(device.subscription.endpoint).pathname);
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(request.headers.ttl).toBe(String(pushTtlSeconds));
    expect(JSON.parse(device.decrypt(request.body))).toEqual({
      title: 'Rekindle: a reminder for today',
      body: 'A moment to check in with yourself, whenever suits you.',
      link: '/checkin',
      tag: 'rekindle-check_in',
    });
    // The words never travel in the clear.
    expect(request.body.includes(Buffer.from('check in'))).toBe(false);

    const vapid = readVapid(request.headers.authorization);
    const { publicKey } = (await client.get('/api/push/key')).json as { publicKey: string };
    expect(vapid.publicKey).toBe(publicKey);
    expect(vapid.claims.aud).toBe(service.origin);
    expect(vapid.claims.sub).toBe(server.config.vapidSubject);
    expect(vapid.claims.exp * 1000).toBeGreaterThan(Date.now());
  });

  it('sends to each of the person’s devices and is delivered if any took it', async () => {
    const { id, devices } = await personWithDevices(2);
    const [phone, laptop] = devices as [PushDevice, PushDevice];
    service.answer(500, new URL(laptop.subscription.endpoint).pathname);
    const before = service.requests.length;
    expect(
      await pushChannel(job(id, { title: 'Day 30', body: 'A month.', link: '/progress' }), deps()),
    ).toEqual({
      ok: true,
    });
    const received = service.requests.slice(before);
    expect(received).toHaveLength(2);
    const toPhone = received.find((r) => phone.subscription.endpoint.endsWith(r.path))!;
    expect(JSON.parse(phone.decrypt(toPhone.body))).toMatchObject({ title: 'Day 30', link: '/progress' });
    // A device that failed this time is kept: it may take the next one.
    expect(await rowsOf(id)).toHaveLength(2);
  });

  it('shortens words too long for a push message rather than failing every time', async () => {
    const { id, devices } = await personWithDevices(1);
    const device = devices[0]!;
    const long = 'Our anniversary, "the lake" 🌊 — '.repeat(300);
    const before = service.requests.length;
    expect(await pushChannel(job(id, { kind: 'trigger_date', body: long }), deps())).toEqual({ ok: true });
    const request = service.requests[before]!;
    const text = device.decrypt(request.body);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxPayloadBytes);
    expect(request.body.length).toBeLessThan(4096);
    const message = JSON.parse(text) as { title: string; body: string; link: string };
    expect(message.title).toBe('Rekindle: a reminder for today');
    expect(message.body.endsWith(' …')).toBe(true);
    expect(long.startsWith(message.body.slice(0, -2))).toBe(true);
    expect(message.body.length).toBeGreaterThan(1000);
  });

  it('forgets a device the push service no longer knows (410, 404)', async () => {
    const { id, devices } = await personWithDevices(2);
    const [gone, missing] = devices as [PushDevice, PushDevice];
    service.answer(410, new URL(gone.subscription.endpoint).pathname);
    service.answer(404, new URL(missing.subscription.endpoint).pathname);
    expect(await pushChannel(job(id), deps())).toEqual({
      ok: false,
      retry: false,
      code: 'subscription_gone',
    });
    expect(await rowsOf(id)).toEqual([]);
    // With nothing left there is nothing to try.
    expect(await pushChannel(job(id), deps())).toEqual({ ok: false, retry: false, code: 'no_subscription' });
  });

  it('asks to be tried again when the service is busy, failing or unreachable', async () => {
    const { client, id } = await person();
    const busy = service.device();
    await client.post('/api/push/subscriptions', busy.subscription);
    for (const status of [429, 503]) {
      service.answer(status, new URL(busy.subscription.endpoint).pathname);
      expect(await pushChannel(job(id), deps())).toEqual({
        ok: false,
        retry: true,
        code: 'push_unavailable',
      });
    }
    // A refusal that will not change (400) is not retried; the device is kept.
    service.answer(400, new URL(busy.subscription.endpoint).pathname);
    expect(await pushChannel(job(id), deps())).toEqual({ ok: false, retry: false, code: 'push_refused_400' });
    expect(await rowsOf(id)).toHaveLength(1);

    const other = await person();
    const closed = await startPushService();
    const unreachable = closed.device();
    await closed.close();
    await other.client.post('/api/push/subscriptions', unreachable.subscription);
    expect(await pushChannel(job(other.id), deps())).toEqual({
      ok: false,
      retry: true,
      code: 'push_unavailable',
    });
  });

  it('moves a known endpoint to whoever subscribes it now (same device, another account)', async () => {
    const first = await person();
    const second = await person();
    const device = service.device();
    await first.client.post('/api/push/subscriptions', device.subscription);
    expect((await rowFor(device.subscription.endpoint))?.userId).toBe(first.id);
    const again = await second.client.post('/api/push/subscriptions', device.subscription);
    expect(again.status).toBe(201);
    expect((await rowFor(device.subscription.endpoint))?.userId).toBe(second.id);
    expect(await rowsOf(first.id)).toEqual([]);
    // Subscribing the same device twice keeps one row, with the keys sent last.
    const renewed = { ...device.subscription, keys: service.device().subscription.keys };
    expect((await second.client.post('/api/push/subscriptions', renewed)).json).toEqual({ subscriptions: 1 });
    expect((await rowFor(device.subscription.endpoint))?.p256dh).toBe(renewed.keys.p256dh);
  });

  it(`keeps the ${maxSubscriptions} devices subscribed most recently`, async () => {
    const { client, id } = await person();
    const devices = Array.from({ length: maxSubscriptions + 2 }, () => service.device());
    for (const device of devices) {
      const answer = await client.post('/api/push/subscriptions', device.subscription);
      expect(answer.status).toBe(201);
      server.clock.advance(1000);
    }
    const kept = (await rowsOf(id)).map((r) => r.endpoint).sort();
    expect(kept).toEqual(
      devices
        .slice(2)
        .map((d) => d.subscription.endpoint)
        .sort(),
    );
  });

  it('removes only the person’s own subscription', async () => {
    const mine = await person();
    const theirs = await person();
    const myDevice = service.device();
    const theirDevice = service.device();
    await mine.client.post('/api/push/subscriptions', myDevice.subscription);
    await theirs.client.post('/api/push/subscriptions', theirDevice.subscription);

    const attempt = await mine.client.delete('/api/push/subscriptions', {
      endpoint: theirDevice.subscription.endpoint,
    });
    expect(attempt.status).toBe(204); // the same answer either way: it says nothing about theirs
    expect((await rowFor(theirDevice.subscription.endpoint))?.userId).toBe(theirs.id);

    const removed = await mine.client.delete('/api/push/subscriptions', {
      endpoint: myDevice.subscription.endpoint,
    });
    expect(removed.status).toBe(204);
    expect(await rowsOf(mine.id)).toEqual([]);
    expect(await rowsOf(theirs.id)).toHaveLength(1);
    expect((await new Client(server.url).delete('/api/push/subscriptions', { endpoint: 'x' })).status).toBe(
      401,
    );
  });

  it('refuses a body that is not a subscription with a message that says what is wrong', async () => {
    const { client, id } = await person();
    const device = service.device();
    const cases: [unknown, string][] = [
      [{}, 'endpoint'],
      [{ endpoint: 'ftp://example.com/x', keys: device.subscription.keys }, 'http(s) address'],
      [{ endpoint: device.subscription.endpoint }, 'keys'],
      [
        { endpoint: device.subscription.endpoint, keys: { ...device.subscription.keys, p256dh: 'short' } },
        'p256dh',
      ],
      [{ endpoint: device.subscription.endpoint, keys: { ...device.subscription.keys, auth: '' } }, 'auth'],
    ];
    for (const [body, words] of cases) {
      const answer = await client.post('/api/push/subscriptions', body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      const { error } = answer.json as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(words);
    }
    expect(
      (await client.post('/api/push/subscriptions', 'not json', { 'content-type': 'application/json' }))
        .status,
    ).toBe(400);
    const badDelete = await client.delete('/api/push/subscriptions', { endpoint: 42 });
    expect(badDelete.status).toBe(422);
    expect((badDelete.json as { error: { message: string } }).error.message).toContain('endpoint');
    expect(await rowsOf(id)).toEqual([]);
  });

  it('goes with the account', async () => {
    const { client, id } = await person();
    await client.post('/api/push/subscriptions', service.device().subscription);
    expect(await rowsOf(id)).toHaveLength(1);
    const exported = await client.get('/api/export');
    expect(exported.text).not.toContain(service.origin);
    const deleted = await client.request('DELETE', '/api/account', { password: 'a quiet walk by the river' });
    expect(deleted.status).toBe(204);
    expect(await rowsOf(id)).toEqual([]);
  });
});

describe('reminders by push, from the worker', () => {
  it('brings a due check-in to the device once, in neutral words that never name the ex', async () => {
    // Someone with a program, so reminders fall due for them.
    const client = await reflectedPerson(server.url, server.clock.now, 'they_ended', 3);
    const device = service.device();
    expect((await client.post('/api/push/subscriptions', device.subscription)).status).toBe(201);
    const at = new Date(server.clock.now.getTime() + 5 * 60_000).toISOString().slice(11, 16);
    const saved = await client.put('/api/reminders', {
      quietHours: null,
      channels: { inApp: true, push: true, email: false },
      checkIn: { enabled: true, at },
      hardHours: { enabled: false },
      milestones: { enabled: false },
      triggerDates: [],
    });
    expect(saved.status).toBe(200);

    const path = new URL(device.subscription.endpoint).pathname;
    const toDevice = () => service.requests.filter((r) => r.path === path);
    await server.workReminders();
    expect(toDevice()).toEqual([]);
    server.clock.advance(6 * 60_000);
    // Two passes at once, as two servers would: one push.
    await Promise.all([server.workReminders(), server.workReminders()]);
    await server.workReminders();
    expect(toDevice()).toHaveLength(1);
    const message = JSON.parse(device.decrypt(toDevice()[0]!.body)) as Record<string, string>;
    expect(message).toEqual({ ...neutralText, link: '/checkin', tag: 'rekindle-check_in' });
    expect(JSON.stringify(message)).not.toContain('Alex');
  });
});

describe('the VAPID key pair', () => {
  it('is the same from every server on one database, made once even when they start together', async () => {
    const fresh = await freshDatabaseEnv();
    const config = { ...loadConfig({ ...fresh.env, REKINDLE_WORKER: 'false' }), port: 0, host: '127.0.0.1' };
    const open = () =>
      openDatabase(
        config.databaseUrl
          ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 }
          : { kind: 'pglite', dataDir: config.dataDir },
      );
    const log = pino({ level: 'silent' });
    try {
      if (config.databaseUrl) {
        // Two servers on one PostgreSQL, both asked for the key for the first time at once.
        const [a, b] = await Promise.all([
          startServer(config, await open(), log),
          startServer(config, await open(), log),
        ]);
        try {
          const client = new Client(a.url);
          await client.signup(uniqueEmail('two-servers'));
          const other = new Client(b.url);
          other.cookie = client.cookie;
          const [fromA, fromB] = await Promise.all([client.get('/api/push/key'), other.get('/api/push/key')]);
          expect(fromA.status).toBe(200);
          expect(fromB.json).toEqual(fromA.json);
        } finally {
          await Promise.all([a.close(), b.close()]);
        }
      } else {
        // The embedded database has one server: the key survives its restart.
        const keyOnce = async () => {
          const running = await startServer(config, await open(), log);
          try {
            const client = new Client(running.url);
            await client.signup(uniqueEmail('restart'));
            return (await client.get('/api/push/key')).json;
          } finally {
            await running.close();
          }
        };
        const first = await keyOnce();
        expect(first).toEqual({ publicKey: expect.any(String) });
        expect(await keyOnce()).toEqual(first);
      }
    } finally {
      await fresh.cleanup();
    }
  });
});
