import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../server/backup.ts';
import type { Config } from '../server/config.ts';
import { acquireDataDirLock, askDataDirHolder, DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { keepNewFilesPrivate, secureDataDir } from '../server/db/data-dir-permissions.ts';
import { openDatabase } from '../server/db/database.ts';
import { backupRequest } from '../server/operator-requests.ts';

/**
 * `rekindle backup FILE`: a consistent snapshot of the embedded database, whether or not the
 * server is running (a running server is asked to write it). PostgreSQL: use pg_dump.
 */
export async function backupCommand(config: Config, args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    console.error('Usage: rekindle backup FILE   (a .tar.gz snapshot of the embedded database)');
    return 2;
  }
  if (config.databaseUrl) {
    console.error('This server uses PostgreSQL: back it up with pg_dump (see SECURITY.md).');
    return 2;
  }
  const to = path.resolve(file);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
    try {
      const bytes = await writeBackup(database, to);
      console.log(`Backed up ${config.dataDir} to ${to} (${(bytes / 1e6).toFixed(1)} MB).`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (!(error instanceof DataDirLockedError) || error.unsure) throw error;
    // A server holds the folder: ask it, over the lock (db/data-dir-lock.ts).
    const answer = await askDataDirHolder(config.dataDir, backupRequest(to), 120_000);
    if (answer === undefined) {
      console.error(
        'The server holding the data folder stopped before it could write the backup: try again.',
      );
      return 1;
    }
    if (answer !== 'ok') {
      console.error(`The running server could not write the backup: ${answer.replace(/^error: /, '')}`);
      return 1;
    }
    console.log(
      `The running server backed up ${config.dataDir} to ${to} (${(fs.statSync(to).size / 1e6).toFixed(1)} MB).`,
    );
    return 0;
  }
}

/** `rekindle restore FILE`: replaces the embedded database with a snapshot. The server must be stopped. */
export async function restoreCommand(config: Config, args: string[]): Promise<number> {
  const [file] = args;
  if (!file || !fs.existsSync(file)) {
    console.error('Usage: rekindle restore FILE   (a snapshot written by rekindle backup)');
    return 2;
  }
  if (config.databaseUrl) {
    console.error('This server uses PostgreSQL: restore with pg_restore (see SECURITY.md).');
    return 2;
  }
  const pgDir = path.join(config.dataDir, 'pg');
  let aside: string | undefined = `${pgDir}.before-restore-${Date.now()}`;
  // Hold the folder for the whole restore: a running server makes this fail before anything
  // moves, and no server can start on a half-restored folder.
  keepNewFilesPrivate();
  const lock = await acquireDataDirLock(config.dataDir);
  try {
    secureDataDir(config.dataDir);
    if (fs.existsSync(pgDir)) fs.renameSync(pgDir, aside);
    else aside = undefined;
    try {
      const restored = await openDatabase({
        kind: 'pglite',
        dataDir: config.dataDir,
        template: new Blob([fs.readFileSync(file)]),
        heldLock: lock,
      });
      await restored.migrate();
      await restored.close();
    } catch (error) {
      fs.rmSync(pgDir, { recursive: true, force: true });
      if (aside) fs.renameSync(aside, pgDir);
      throw error;
    }
  } finally {
    lock.release();
  }
  console.log(
    `Restored ${file} into ${config.dataDir}.` +
      (aside ? ` The previous database is kept in ${aside}; delete it when you are sure.` : ''),
  );
  return 0;
}
