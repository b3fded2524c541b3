import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { projectRoot } from '../config.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { pgliteRunner, pgRunner, type RunStatement } from './prepared.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  /** Runs a prepared statement: for the few queries on every request's path. */
  run: RunStatement;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations (each run in one transaction). Safe to call from several processes. */
  migrate(): Promise<void>;
  /** The embedded database as a gzipped tarball (consistent: queries are serialised). PGlite only. */
  dumpDataDir?(): Promise<Blob>;
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
  | { kind: 'pglite'; dataDir: string; template?: Blob }
  | { kind: 'pglite-memory'; template?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
  const lock = options.kind === 'pglite' ? acquireDataDirLock(options.dataDir) : undefined;
  try {
    const dataDir = options.kind === 'pglite' ? path.join(options.dataDir, 'pg') : undefined;
    if (dataDir && !options.template && !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // Creating the database (initdb) grows the WASM heap to ~700 MB, and a WASM heap never
      // shrinks: create it with a first instance and let that go, then serve from a fresh one,
      // which starts at ~300 MB (BENCHMARKS.md, "API").
      const creator = await PGlite.create(dataDir, { postgresqlconf: pgliteSettings });
      await creator.close();
    }
    const client = await PGlite.create(dataDir, {
      ...(options.template ? { loadDataDir: options.template } : {}),
      postgresqlconf: pgliteSettings,
    });
    const db: Db = drizzlePglite({ client, schema });
    return {
      db,
      run: pgliteRunner(client),
      kind: 'pglite',
      migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
      dumpDataDir: () => client.dumpDataDir('gzip'),
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
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
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
