import pino from 'pino';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/database.ts';
import type { Client } from './client.ts';

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
    make(client: Client): Promise<string>;
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
};

const openSignals = async (client: Client) =>
  ((await client.get('/api/today')).json as { safety: { signals: { id: string }[] } }).safety.signals;
