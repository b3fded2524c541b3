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
 * Creates the data folder 0700 if missing, then removes group and world bits from it and
 * everything in it. Returns how many entries it tightened. Throws DataDirPermissionError when an
 * entry belongs to another user (chmod would fail, and such a folder is not ours to serve from).
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
  visit(dataDir);
  return tightened;
}
