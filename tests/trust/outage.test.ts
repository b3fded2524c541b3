import net from 'node:net';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { type RunningServer, startServer } from '../../src/server/server.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { createPostgresDatabase } from '../support/postgres.ts';

/**
 * A TCP proxy in front of PostgreSQL that the test can cut and restore: the database "goes away"
 * exactly as a network outage or a restart would look to the app.
 */
function cuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    get port() {
      return port;
    },
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}

const databaseUrl = process.env.DATABASE_URL;
const template = inject('postgresTemplate');

// An outage is a PostgreSQL matter (the embedded database lives in the process): vitest.config.ts
// runs this file only in the PostgreSQL pass (`DATABASE_URL=… npm run test:trust`).
if (!databaseUrl || !template) throw new Error('The outage test needs DATABASE_URL (PostgreSQL).');
{
  let server: RunningServer | undefined;
  let drop: (() => Promise<unknown>) | undefined;
  afterAll(async () => {
    await server?.close().catch(() => {});
    await drop?.();
  });

  describe('PostgreSQL outage', () => {
    it('answers 503 with a clear message while the database is gone, and recovers by itself', async () => {
      const created = await createPostgresDatabase(databaseUrl, template);
      drop = created.drop;
      const real = new URL(created.url);
      const proxy = cuttableProxy(real);
      await proxy.listen();
      const viaProxy = new URL(created.url);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const database = await openDatabase({ kind: 'postgres', url: viaProxy.toString(), poolSize: 4 });
      server = await startServer(
        { ...loadConfig({}), port: 0, host: '127.0.0.1' },
        database,
        pino({ level: 'silent' }),
      );
      const client = new Client(server.url);
      expect((await client.signup(uniqueEmail())).status).toBe(201);

      await proxy.cut();
      const started = Date.now();
      const down = await client.get('/api/me');
      expect(down.status).toBe(503);
      expect(down.json).toEqual({
        error: {
          code: 'database_unavailable',
          message: expect.stringContaining('cannot reach its database'),
        },
      });
      expect(down.headers.get('retry-after')).toBe('30');
      expect(Date.now() - started).toBeLessThan(10_000); // an answer, not a hang

      await proxy.listen();
      const back = Date.now();
      let status = 0;
      while (Date.now() - back < 30_000) {
        status = (await client.get('/api/me')).status;
        if (status === 200) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe(200);
      console.log(
        `outage: 503 in ${back - started} ms while down; recovered ${Date.now() - back} ms after the database returned`,
      );
    });
  });
}
