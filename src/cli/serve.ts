import type { Config } from '../server/config.ts';
import { openMigratedDatabase } from '../server/db/open-from-config.ts';
import { createLogger } from '../server/logger.ts';
import { serveOperatorRequests } from '../server/operator-requests.ts';
import { startServer } from '../server/server.ts';

/** Opens and migrates the database, serves until SIGTERM/SIGINT, then shuts down cleanly. */
export async function serveCommand(config: Config): Promise<number> {
  const log = createLogger(config);
  const database = await openMigratedDatabase(config);
  const server = await startServer(config, database, log).catch(async (error: Error) => {
    await database.close();
    throw error;
  });
  const stopBackups = serveOperatorRequests(
    database,
    config.publicOrigin ?? reachableOrigin(server.url),
    () => new Date(),
    (what, error) => log.error({ err: { name: error.name } }, `${what} failed`),
  );
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Rekindle is running at ${server.url} (${where}). Press Ctrl+C to stop.`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        console.error('Stopping now without waiting.');
        process.exit(1);
      }
      stopping = true;
      log.info({ signal }, 'shutting down: finishing requests in flight');
      const force = setTimeout(() => {
        log.error('shutdown took over 10 s; exiting');
        process.exit(1);
      }, 10_000);
      force.unref();
      stopBackups();
      server.close().then(
        () => {
          log.info('stopped');
          resolve(0);
        },
        (error: Error) => {
          log.error({ err: { name: error.name } }, 'error while stopping');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** Where this server is reached when no public URL is set: a wildcard address means this machine. */
function reachableOrigin(url: string): string {
  const origin = new URL(url);
  if (['0.0.0.0', '[::]', '::'].includes(origin.hostname)) origin.hostname = 'localhost';
  return origin.origin;
}
