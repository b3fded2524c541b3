import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupRequestFile, writeBackup } from '../server/backup.ts';
import type { Config } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { openDatabase } from '../server/db/database.ts';

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
    if (!(error instanceof DataDirLockedError)) throw error;
    // A server holds the folder: ask it.
    const id = randomUUID();
    fs.writeFileSync(backupRequestFile(config.dataDir), JSON.stringify({ to, id }), { mode: 0o600 });
    process.kill(error.holderPid, 'SIGUSR2');
    const marker = `${to}.done-${id}`;
    const deadline = Date.now() + 120_000;
    while (!fs.existsSync(marker)) {
      if (Date.now() > deadline) {
        console.error('The running server did not answer the backup request within 2 minutes.');
        return 1;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = fs.readFileSync(marker, 'utf8');
    fs.rmSync(marker, { force: true });
    if (result !== 'ok') {
      console.error(`The running server could not write the backup: ${result}`);
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
  const aside = `${pgDir}.before-restore-${Date.now()}`;
  // Open (and lock) the folder first: a running server makes this fail before anything moves.
  const probe = await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  await probe.close();
  if (fs.existsSync(pgDir)) fs.renameSync(pgDir, aside);
  try {
    const restored = await openDatabase({
      kind: 'pglite',
      dataDir: config.dataDir,
      template: new Blob([fs.readFileSync(file)]),
    });
    await restored.migrate();
    await restored.close();
  } catch (error) {
    fs.rmSync(pgDir, { recursive: true, force: true });
    if (fs.existsSync(aside)) fs.renameSync(aside, pgDir);
    throw error;
  }
  console.log(
    `Restored ${file} into ${config.dataDir}. The previous database is kept in ${aside}; delete it when you are sure.`,
  );
  return 0;
}
