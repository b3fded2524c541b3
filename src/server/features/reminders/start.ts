import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { emailChannel } from '../email/channel.ts';
import { pushChannel } from '../push/channel.ts';
import { type RunningWorker, startWorker, type WorkerDeps } from './worker.ts';

/** The worker's dependencies with the real channels (push, email). */
export function workerDeps(config: Config, database: Database, log: Logger, now: () => Date): WorkerDeps {
  return {
    db: database.db,
    run: database.run,
    config,
    log,
    now,
    channels: { push: pushChannel, email: emailChannel },
  };
}

export function startReminderWorker(
  config: Config,
  database: Database,
  log: Logger,
  now: () => Date,
): RunningWorker {
  return startWorker(workerDeps(config, database, log, now), config.workerIntervalMs);
}
