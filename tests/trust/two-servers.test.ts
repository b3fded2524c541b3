import { afterAll, describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { programOnFixedDays } from '../support/people.ts';
import { type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

// Two server processes on one PostgreSQL database (vitest.config.ts runs this file in the
// PostgreSQL pass): nothing a request needs may live in one process's memory.
if (!process.env.DATABASE_URL) throw new Error('The two-server test needs DATABASE_URL (PostgreSQL).');

const servers: SpawnedServer[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const s of servers) {
    s.process.kill('SIGTERM');
    await s.exited;
  }
  for (const c of cleanups) await c();
});

describe('two servers, one PostgreSQL', () => {
  it('share sessions, writes and rate limits, whichever process answers', async () => {
    const { env, cleanup } = await freshDatabaseEnv();
    cleanups.push(cleanup);
    // Behind one load balancer both know the public address the browser uses.
    const publicUrl = 'http://rekindle.test';
    const shared = { ...env, REKINDLE_PUBLIC_URL: publicUrl };
    const [a, b] = await Promise.all([spawnServer(shared), spawnServer(shared)]);
    servers.push(a!, b!);
    const email = uniqueEmail('two');
    const onA = new Client(a!.url, publicUrl);
    await onA.signup(email);
    // The same cookie, sent to the other process (same site behind a load balancer).
    const onB = new Client(b!.url, publicUrl);
    onB.cookie = onA.cookie;
    expect((await onB.get('/api/me')).json).toMatchObject({ email });

    await onA.put('/api/program', programOnFixedDays);

    // Each process keeps Today's facts between writes; a write through the other is seen at once.
    type Today = { noContact: { startedOn: string } };
    expect(((await onB.get('/api/today')).json as Today).noContact.startedOn).toBe('2026-01-02');
    await onA.put('/api/program', { ...programOnFixedDays, lastContactOn: '2026-03-01' });
    expect(((await onB.get('/api/today')).json as Today).noContact.startedOn).toBe('2026-03-01');
    for (let i = 0; i < 6; i++) {
      const client = i % 2 === 0 ? onA : onB;
      expect((await client.post('/api/urges', { intensity: i, trigger: 'night' })).status).toBe(201);
    }
    const seenByA = (await onA.get('/api/urges')).json as unknown[];
    const seenByB = (await onB.get('/api/urges')).json as unknown[];
    expect(seenByA).toHaveLength(6);
    expect(seenByB).toEqual(seenByA);

    // Wrong passwords count across both processes: the 11th is refused wherever it lands.
    for (let i = 0; i < 10; i++) {
      const target = i % 2 === 0 ? a! : b!;
      expect((await new Client(target.url, publicUrl).login(email, `wrong ${i}`)).status).toBe(401);
    }
    expect((await new Client(a!.url, publicUrl).login(email, 'wrong again')).status).toBe(429);
    expect((await new Client(b!.url, publicUrl).login(email, 'wrong again')).status).toBe(429);

    // Signing out on one process ends the session on the other.
    expect((await onB.post('/api/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/me')).status).toBe(401);
  });
});
