import pino from 'pino';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/database.ts';
import type { Client } from './client.ts';
import type { TestServer } from './test-server.ts';

/** Every API route the server registers (method and path), read from the real app's route table. */
export function apiRoutes(): { method: string; path: string }[] {
  const app = createApp({
    db: {} as Db, // never queried: only the routes are read
    run: () => Promise.reject(new Error('not queried')),
    config: loadConfig({}),
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    resources: {
      crisis: { title: 't', intro: 'i', items: [] },
      abuse: { title: 't', intro: 'i', items: [] },
    },
  });
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/*')
    .filter((r) => {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ method, path }) => ({ method, path }));
}

/** Routes anyone may call without a session, on purpose. */
export const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/resources',
  'GET /api/session',
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/reset', // the reset link's token is the credential
  'GET /api/auth/options', // whether a reset link can be emailed (SMTP configured)
  'POST /api/auth/reset-request', // answers the same whether or not the address has an account
  'POST /api/email/confirm', // the emailed token is the credential
  'POST /api/email/unsubscribe', // one-click (RFC 8058): the signed token is the credential
]);

/**
 * Routes whose :id names something another write makes as a side effect, not a POST to the
 * collection: how the trust suite makes one for a person (who has a program), a body valid for
 * the route, and whether its owner still sees it as it was.
 */
export const indirectEntries: Record<
  string,
  {
    /** `server` is the trust suite's own (its clock and reminder worker). */
    make(client: Client, server: TestServer): Promise<string>;
    body: unknown;
    untouched(client: Client, id: string): Promise<boolean>;
  }
> = {
  '/api/safety/signals/:id/answer': {
    async make(client) {
      await client.post('/api/journal', { text: 'some nights I want to die' });
      return (await openSignals(client))[0]!.id;
    },
    body: { answer: 'not_meant' },
    untouched: async (client, id) => (await openSignals(client)).some((s) => s.id === id),
  },
  '/api/notifications/:id/read': {
    // A heads-up for a hard date tomorrow, brought by one worker pass at 18:00 (UTC, the
    // person's zone) on the server's clock. (A check-in reminder would not come: the matrix has
    // already checked this person in today.)
    async make(client, server) {
      const evening = new Date(`${server.clock.now.toISOString().slice(0, 10)}T18:00:30Z`);
      if (evening <= server.clock.now) evening.setUTCDate(evening.getUTCDate() + 1);
      const tomorrow = new Date(evening.getTime() + 86_400_000).toISOString().slice(5, 10);
      const { settings } = (await client.get('/api/reminders')).json as { settings: object };
      const saved = await client.put('/api/reminders', {
        ...settings,
        triggerDates: [{ label: 'a hard day', on: tomorrow }],
      });
      if (saved.status !== 200) throw new Error(`reminder settings refused: ${saved.text}`);
      server.clock.advance(evening.getTime() - server.clock.now.getTime());
      await server.workReminders();
      return (await unreadNotifications(client))[0]!;
    },
    body: undefined,
    untouched: async (client, id) => (await unreadNotifications(client)).includes(id),
  },
};

const unreadNotifications = async (client: Client) =>
  (
    (await client.get('/api/notifications')).json as {
      notifications: { id: string; readAt: string | null }[];
    }
  ).notifications
    .filter((n) => n.readAt === null)
    .map((n) => n.id);

const openSignals = async (client: Client) =>
  ((await client.get('/api/today')).json as { safety: { signals: { id: string }[] } }).safety.signals;
