import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock of its own, and two processes on one folder corrupt it silently.
 * We hold an exclusive lock file with our PID beside the database. A lock left by a process
 * that has died (kill -9, power loss) is taken over; one held by a live process is refused.
 */
export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `Another Rekindle process (PID ${holderPid}) is already using the data folder ` +
        `${path.dirname(lockPath)}. Stop that process first, or point REKINDLE_DATA_DIR at another ` +
        `folder. If no Rekindle process is running, delete ${lockPath} and try again.`,
    );
  }
}

export type DataDirLock = { path: string; release(): void };

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): string | undefined {
  try {
    return fs.readFileSync(lockPath, 'utf8');
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'rekindle.lock');
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, mine, { flag: 'wx' });
      return {
        path: lockPath,
        release() {
          if (readHolder(lockPath) === mine) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    if (holder === undefined) continue; // released between our two calls: try again
    const pid = Number(holder);
    // Our own PID means a previous life of this process slot (e.g. PID 1 in a container).
    if (pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(lockPath, pid);
    // Stale: remove it only if it is still the one we judged, then race for it with `wx` again.
    if (readHolder(lockPath) === holder) fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirLockedError(lockPath, Number(readHolder(lockPath) ?? 0));
}
