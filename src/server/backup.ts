import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './db/database.ts';

/**
 * Backups of the embedded database while the server runs: the `rekindle backup` command writes a
 * request file into the data folder and signals the server (SIGUSR2); the server, which holds the
 * only connection, dumps a consistent snapshot (PGlite runs one query at a time) to the requested
 * path and writes a marker when done.
 */
export const backupRequestFile = (dataDir: string) => path.join(dataDir, 'backup-request.json');

export type BackupRequest = { to: string; id: string };

export async function writeBackup(database: Database, to: string): Promise<number> {
  if (!database.dumpDataDir) throw new Error('Backups of PostgreSQL use pg_dump (see SECURITY.md).');
  const dump = await database.dumpDataDir();
  const bytes = Buffer.from(await dump.arrayBuffer());
  const tmp = `${to}.partial`;
  fs.writeFileSync(tmp, bytes, { mode: 0o600 });
  fs.renameSync(tmp, to);
  return bytes.length;
}

/** Installs the SIGUSR2 handler in a running server; returns a function that removes it. */
export function serveBackupRequests(
  database: Database,
  dataDir: string,
  onError: (error: Error) => void,
): () => void {
  const handler = () => {
    const file = backupRequestFile(dataDir);
    let request: BackupRequest;
    try {
      request = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.rmSync(file, { force: true });
    } catch (error) {
      onError(error as Error);
      return;
    }
    writeBackup(database, request.to).then(
      () => fs.writeFileSync(`${request.to}.done-${request.id}`, 'ok'),
      (error: Error) => {
        fs.writeFileSync(`${request.to}.done-${request.id}`, `error: ${error.message}`);
        onError(error);
      },
    );
  };
  process.on('SIGUSR2', handler);
  return () => process.off('SIGUSR2', handler);
}
