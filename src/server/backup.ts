import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './db/database.ts';

/**
 * Backups of the embedded database. While the server runs, the `rekindle backup` command sends a
 * request over the data folder's lock socket (db/data-dir-lock.ts), which reaches the server in
 * whatever PID namespace it runs; the server, which holds the only connection, dumps a consistent
 * snapshot (PGlite runs one query at a time) to the requested path and answers "ok".
 *
 * A snapshot holds everything people wrote: it is written 0600, into a folder made 0700 when the
 * folder does not exist yet (an existing one, like a home folder, is the person's to choose).
 */

export async function writeBackup(database: Database, to: string): Promise<number> {
  if (!database.dumpDataDir) throw new Error('Backups of PostgreSQL use pg_dump (see SECURITY.md).');
  const dump = await database.dumpDataDir();
  const bytes = Buffer.from(await dump.arrayBuffer());
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  const tmp = `${to}.partial`;
  fs.rmSync(tmp, { force: true }); // a leftover would keep its own mode: `mode` applies to new files only
  fs.writeFileSync(tmp, bytes, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(tmp, 0o600); // whatever the umask
  fs.renameSync(tmp, to);
  return bytes.length;
}
