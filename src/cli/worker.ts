import type { Config } from '../server/config.ts';
import { openMigratedDatabase } from '../server/db/open-from-config.ts';
import { startReminderWorker } from '../server/features/reminders/start.ts';
import { createLogger } from '../server/logger.ts';

/**
 * `rekindle worker`: the reminder worker on its own, for PostgreSQL deployments that run it apart
 * from the web servers (as many as wanted: each reminder is still delivered once per channel).
 * The embedded database belongs to one process, whose `start` already runs the worker.
 */
export async function workerCommand(config: Config): Promise<number> {
  if (!config.databaseUrl) {
    console.error(
      'The worker runs on its own only with PostgreSQL (DATABASE_URL). On the embedded database, ' +
        '`rekindle start` already runs it inside the server.',
    );
    return 1;
  }
  const log = createLogger(config);
  const database = await openMigratedDatabase(config);
  const worker = startReminderWorker(config, database, log, () => new Date());
  console.log(
    `Rekindle's reminder worker is running on PostgreSQL (every ${config.workerIntervalMs / 1000} s). Press Ctrl+C to stop.`,
  );
  return new Promise<number>((resolve) => {
    const stop = () => {
      worker
        .stop()
        .then(() => database.close())
        .then(
          () => resolve(0),
          (error: Error) => {
            log.error({ err: { name: error.name } }, 'error while stopping');
            resolve(1);
          },
        );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
