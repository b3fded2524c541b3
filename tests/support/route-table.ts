import pino from 'pino';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/database.ts';

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
]);
