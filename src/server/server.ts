import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { warmUpSteps } from '../core/safety/screen.ts';
import { createApp } from './app.ts';
import { deleteOldWindows } from './auth/rate-limit.ts';
import { deleteIdleSessions } from './auth/sessions.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { FactsCache } from './features/program/facts-cache.ts';
import { startReminderWorker } from './features/reminders/start.ts';
import type { RunningWorker } from './features/reminders/worker.ts';
import { loadResources } from './features/resources/load.ts';
import { startRescreen } from './features/safety/rescreen.ts';

export type RunningServer = {
  url: string;
  port: number;
  /** The reminder worker running in this process, if any (tests run a pass with `tick`). */
  worker: RunningWorker | undefined;
  /** Stops taking connections, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
};

const hourMs = 60 * 60 * 1000;

/** Serves the app on an open, migrated database. `now` is the clock (tests move it). */
export async function startServer(
  config: Config,
  database: Database,
  log: Logger,
  now: () => Date = () => new Date(),
): Promise<RunningServer> {
  const resources = loadResources(config.resourcesFile);
  const app = createApp({
    db: database.db,
    run: database.run,
    config,
    log,
    now,
    resources,
    factsCache: new FactsCache(),
  });
  // The safety screen compiles its expressions on first use (most of a second): done before the
  // first request is accepted, so no one's write waits on it and no request is slowed by it.
  for (const step of warmUpSteps()) step();
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;

  const sweep = setInterval(() => {
    Promise.all([deleteIdleSessions(database.db, now()), deleteOldWindows(database.db, now())]).catch(
      (error: Error) =>
        log.warn({ err: { name: error.name } }, 'housekeeping failed; will try again in an hour'),
    );
  }, hourMs);
  sweep.unref();
  // Texts stored before screening existed, or screened by an older detector: in the background.
  const screening = startRescreen(database.db, now, log);
  // Reminders (features/reminders/worker.ts): in this process unless the operator runs
  // `rekindle worker` elsewhere. Email links need an address people can open: the real port.
  const worker = config.worker ? startReminderWorker({ ...config, port }, database, log, now) : undefined;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    worker,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        await Promise.all([screening.stop(), worker?.stop()]);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        await database.close();
      })();
      return closing;
    },
  };
}
