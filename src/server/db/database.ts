import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { projectRoot } from '../config.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { keepNewFilesPrivate, secureDataDir } from './data-dir-permissions.ts';
import { labelClosed, labelledPool } from './driver-errors.ts';
import { pgliteRunner, pgRunner, type RunStatement } from './prepared.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * Databases that run one statement or transaction at a time for the whole process: the embedded
 * one (PGlite queues every query and transaction behind one lock). Row locks that only order
 * concurrent transactions are needless there (db/lock-account.ts).
 */
export const oneAtATime = new WeakSet<Db>();

export type Database = {
  db: Db;
  /** Runs a prepared statement: for the few queries on every request's path. */
  run: RunStatement;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations (each run in one transaction). Safe to call from several processes. */
  migrate(): Promise<void>;
  /** The embedded database as a gzipped tarball (consistent: queries are serialised). PGlite only. */
  dumpDataDir?(): Promise<Blob>;
  /** The embedded database's hold on its folder, which also answers other processes' requests. */
  dataDirLock?: DataDirLock;
  close(): Promise<void>;
};

const migrationsFolder = path.join(projectRoot, 'src/server/db/migrations');

/**
 * The embedded server's memory: PostgreSQL's 128 MB of shared buffers live inside the WASM heap
 * and are touched at start, so they alone would put a small server over its budget. The data files
 * stay in the operating system's page cache either way.
 */
const pgliteSettings = ['shared_buffers = 32MB'];

export type DatabaseOptions =
  /** heldLock: the caller already holds the folder (and keeps it after close), e.g. across a restore. */
  | { kind: 'pglite'; dataDir: string; template?: Blob; heldLock?: DataDirLock }
  | { kind: 'pglite-memory'; template?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
  let lock: DataDirLock | undefined;
  if (options.kind === 'pglite' && !options.heldLock) {
    keepNewFilesPrivate();
    lock = await acquireDataDirLock(options.dataDir);
  }
  try {
    if (options.kind === 'pglite') {
      const tightened = secureDataDir(options.dataDir);
      if (tightened) {
        console.warn(
          `Rekindle made ${tightened} files and folders in ${options.dataDir} private to their owner ` +
            '(they were readable or writable by others).',
        );
      }
    }
    const dataDir = options.kind === 'pglite' ? path.join(options.dataDir, 'pg') : undefined;
    if (dataDir && !options.template && !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // Creating the database (initdb) grows the WASM heap to ~700 MB, and a WASM heap never
      // shrinks: create it with a first instance and let that go, then serve from a fresh one,
      // which starts at ~300 MB (BENCHMARKS.md, "API").
      const creator = await PGlite.create(dataDir, { postgresqlconf: pgliteSettings });
      await creator.close();
    }
    const client = labelClosed(
      await PGlite.create(dataDir, {
        ...(options.template ? { loadDataDir: options.template } : {}),
        postgresqlconf: pgliteSettings,
      }),
    );
    // PGlite sets some modes itself, past the umask (initdb's files 0666, the relation cache 0644
    // when it is rewritten after schema changes): tighten again once open and after migrating.
    // The folder is 0700 by then, so no one else could reach them meanwhile.
    const tighten = () => options.kind === 'pglite' && secureDataDir(options.dataDir);
    tighten();
    const db: Db = drizzlePglite({ client, schema });
    oneAtATime.add(db);
    return {
      db,
      run: pgliteRunner(client),
      kind: 'pglite',
      async migrate() {
        await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
        tighten();
      },
      dumpDataDir: () => client.dumpDataDir('gzip'),
      ...(lock ? { dataDirLock: lock } : {}),
      async close() {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = labelledPool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db: Db = drizzlePg({ client: pool, schema });
  return {
    db,
    run: pgRunner(pool),
    kind: 'postgres',
    async migrate() {
      // Several processes may start at once on one database: serialise their migrations.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(72541101)');
        await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(72541101)').catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
