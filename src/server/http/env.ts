import type { Logger } from 'pino';
import type { Resources } from '../../shared/api/resources.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { RunStatement } from '../db/prepared.ts';
import type { FactsCache } from '../features/program/facts-cache.ts';

/** What every handler can reach: injected once at start, so tests can swap the clock. */
export type Deps = {
  db: Db;
  /** Prepared statements for the hottest paths (see db/prepared.ts). */
  run: RunStatement;
  config: Config;
  log: Logger;
  /** Support resources, loaded and validated once at start. */
  resources: Resources;
  /** The current instant; tests move it to check expiry and rate-limit windows. */
  now: () => Date;
  /** Today's facts kept between a person's writes (absent: always read). */
  factsCache?: FactsCache;
};

/** The signed-in person; `factsVersion` moves on with each of their writes (FactsCache). */
export type SessionUser = { id: string; email: string; factsVersion: number; tokenHash: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    user: SessionUser;
  };
};
