import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Config, loadConfig } from '../../src/server/config.ts';
import { type Database, openDatabase } from '../../src/server/db/database.ts';
import { workerDeps } from '../../src/server/features/reminders/start.ts';
import { workOnce } from '../../src/server/features/reminders/worker.ts';
import { startServer } from '../../src/server/server.ts';
import { createPostgresDatabase } from './postgres.ts';
import { readTemplate } from './template.ts';

export type TestServer = {
  url: string;
  database: Database;
  /** Moves the server's clock (for idle expiry and rate-limit windows). */
  clock: { now: Date; advance(ms: number): void };
  /** The configuration the server runs with (its real port). */
  config: Config;
  /** One pass of the reminder worker on the server's clock: plans what is due and sends it. */
  workReminders(): Promise<{ planned: number; sent: number }>;
  close(): Promise<void>;
};

/**
 * The real server on a random port, on its own fresh database: PGlite in a temp folder, or a
 * new PostgreSQL database when the suite runs with DATABASE_URL.
 */
export async function startTestServer(
  options: { log?: pino.Logger; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const pgTemplate = inject('postgresTemplate');
  const databaseUrl = process.env.DATABASE_URL;
  let database: Database;
  let cleanup: () => Promise<unknown>;
  if (pgTemplate && databaseUrl) {
    const created = await createPostgresDatabase(databaseUrl, pgTemplate);
    database = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 4 });
    cleanup = created.drop;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-test-'));
    database = await openDatabase({
      kind: 'pglite',
      dataDir,
      template: readTemplate(inject('pgliteTemplate')),
    });
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  // Starts at 14:00 UTC today, not at the wall clock: a test that writes "today at 10:00" or that
  // meets the checker's late-night rule must not pass or fail by the hour CI happens to run.
  const clock = {
    now: new Date(`${new Date().toISOString().slice(0, 10)}T14:00:00Z`),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  // The reminder worker runs only when a test asks (env REKINDLE_WORKER), and then on this clock.
  const config = { ...loadConfig({ REKINDLE_WORKER: 'false', ...options.env }), port: 0, host: '127.0.0.1' };
  const server = await startServer(
    config,
    database,
    options.log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    () => clock.now,
  );
  const log = options.log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  return {
    url: server.url,
    database,
    clock,
    config: { ...config, port: server.port },
    workReminders: () =>
      workOnce(workerDeps({ ...config, port: server.port }, database, log, () => clock.now)),
    async close() {
      await server.close();
      await cleanup();
    },
  };
}

/**
 * The test server of the file (or describe block) that calls it: started before its tests and
 * closed after them. What it holds is read when a test or hook runs, once the server is up.
 */
export function testServerForFile(options: Parameters<typeof startTestServer>[0] = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(() => started?.close());
  const server = () => {
    if (!started) throw new Error('The test server starts in beforeAll: use it in a test or a hook.');
    return started;
  };
  return {
    get url() {
      return server().url;
    },
    get database() {
      return server().database;
    },
    get clock() {
      return server().clock;
    },
    get config() {
      return server().config;
    },
    workReminders: () => server().workReminders(),
    close: () => server().close(),
  };
}
