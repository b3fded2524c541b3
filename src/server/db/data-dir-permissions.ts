import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { ConfigError } from '../config.ts';

/**
 * The embedded database holds journal text and password hashes, and PGlite creates its files
 * 0666 (folders follow the umask), so another account on the machine could read or change them.
 * Like PostgreSQL, we keep the data folder to its owner: 0700 folders, files without group or
 * world bits, checked and fixed at every start, and refused when they belong to someone else.
 */
export class DataDirPermissionError extends ConfigError {
  constructor(problem: string) {
    // A configuration error, so the command prints it as such and exits 1 (src/cli/main.ts).
    super([`REKINDLE_DATA_DIR: ${problem}`]);
  }
}

/**
 * Makes files this process creates from now on private to its user (umask 077): PGlite keeps
 * creating files (WAL segments, tables) while the server runs, and so do backups. The umask is
 * per process and cannot be set from a worker thread; a worker (only tests) keeps its own.
 */
export function keepNewFilesPrivate(): void {
  if (isMainThread && process.platform !== 'win32') process.umask(0o077);
}

/**
 * Creates the data folder 0700 if missing, then removes group and world bits from it, from the
 * database folder (`pg/`) and everything in it, and from Rekindle's own files beside it. Other
 * things an operator keeps in the folder (`lost+found` at a volume's root) are left alone. Returns
 * how many entries it tightened. Throws DataDirPermissionError when something of the database's
 * belongs to another user (chmod would fail, and such a database is not ours to serve from); the
 * folder itself may belong to another user (a mounted volume's root) if this user may write in it.
 */
export function secureDataDir(dataDir: string): number {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (typeof process.getuid !== 'function') return 0; // Windows: permissions are ACLs, not modes
  const uid = process.getuid();
  let tightened = 0;
  const visit = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink()) return; // chmod would follow it out of the folder
    if (stat.uid !== uid) {
      throw new DataDirPermissionError(
        `${entry} in the data folder belongs to another user (uid ${stat.uid}), and Rekindle runs as ` +
          `uid ${uid}. Run Rekindle as the folder's owner, or give this user the folder: ` +
          `chown -R ${uid} ${dataDir}`,
      );
    }
    if (stat.mode & 0o077) {
      fs.chmodSync(entry, stat.mode & 0o700);
      tightened++;
    }
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  const top = fs.lstatSync(dataDir);
  if (top.uid === uid) {
    if (top.mode & 0o077) {
      fs.chmodSync(dataDir, top.mode & 0o700);
      tightened++;
    }
  } else {
    // A volume's root, owned by root, may still be ours to write in (a group, fsGroup).
    try {
      fs.accessSync(dataDir, fs.constants.W_OK);
    } catch {
      throw new DataDirPermissionError(
        `${dataDir} belongs to another user (uid ${top.uid}) and Rekindle, running as uid ${uid}, cannot ` +
          `write in it. Run Rekindle as the folder's owner, or: chown ${uid} ${dataDir}`,
      );
    }
  }
  for (const name of fs.readdirSync(dataDir)) {
    if (name === 'pg' || name.startsWith('rekindle') || name.startsWith('pg.'))
      visit(path.join(dataDir, name));
  }
  return tightened;
}
