import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * PGlite has no lock of its own, and two processes on one folder corrupt it silently.
 *
 * A PID in a lock file cannot tell: in containers every server is PID 1, and a server in another
 * PID namespace is invisible to `kill(pid, 0)`. So the lock is a Unix socket in the data folder
 * that we listen on for the life of the process. The kernel answers a connection to it only while
 * the listening process lives, whatever namespace it is in: a connection that is answered means
 * another server holds the folder; a refused one means the socket was left by a process that died
 * (kill -9, power loss), and we take it over. Anything else is refused, since two servers on one
 * folder lose data and a refusal only costs a restart.
 *
 * The holder also answers one-line requests on the socket (`rekindle backup` asks it for a
 * snapshot), which reach it in whatever PID namespace it runs, unlike a signal.
 */
export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
  constructor(
    readonly lockPath: string,
    /** The holder's PID as it sees itself (another PID namespace may number it differently). */
    readonly holderPid: number | undefined,
    /** Set when no holder answered but the folder could not be taken safely either. */
    readonly unsure?: string,
  ) {
    const folder = path.dirname(lockPath);
    super(
      unsure
        ? `Rekindle could not make sure that no other process is using the data folder ${folder} ` +
            `(${unsure}), so it will not open it. If no Rekindle process is running, delete ` +
            `${lockPath} and try again.`
        : `Another Rekindle process${holderPid ? ` (PID ${holderPid})` : ''} is already using the ` +
            `data folder ${folder}. Stop that process first, or point REKINDLE_DATA_DIR at another ` +
            `folder. (It may run in another container; the lock is ${lockPath}.)`,
    );
  }
}

/** Answers a request from another process (one line in, one line out). */
export type LockRequestHandler = (request: string) => Promise<string>;

export type DataDirLock = {
  path: string;
  /** Sets (or, with undefined, removes) the handler for requests from other processes. */
  answer(handler: LockRequestHandler | undefined): void;
  release(): void;
};

const lockName = 'rekindle.lock';
/** sun_path holds 108 bytes with its terminating NUL; macOS allows 104. */
const maxSocketPath = 103;

/**
 * The address to bind or connect to. A deep data folder makes the path too long for a socket;
 * on Linux we then go through a descriptor of the folder (/proc/self/fd/N/rekindle.lock, ~30
 * bytes), which reaches the same file without changing the working directory.
 */
function openAddress(lockPath: string): { address: string; close(): void } {
  if (Buffer.byteLength(lockPath) <= maxSocketPath) return { address: lockPath, close() {} };
  if (process.platform !== 'linux') {
    throw new DataDirLockedError(
      lockPath,
      undefined,
      'its path is too long for a lock socket; use a shorter one',
    );
  }
  const fd = fs.openSync(path.dirname(lockPath), 'r');
  return { address: `/proc/self/fd/${fd}/${lockName}`, close: () => fs.closeSync(fd) };
}

type Probe =
  | { state: 'held'; pid?: number }
  | { state: 'stale' | 'gone' }
  | { state: 'unsure'; code: string };

/** Connects to the lock: who, if anyone, holds it? */
function probe(address: string): Promise<Probe> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    let connected = false;
    const done = (result: Probe) => {
      socket.destroy();
      resolve(result);
    };
    // A holder whose event loop is busy (a long import) still has its connection accepted by the
    // kernel; the hello with its PID only makes the message nicer.
    const timer = setTimeout(() => done({ state: 'held' }), 1000);
    socket.on('connect', () => {
      connected = true;
    });
    socket.once('data', (data) => {
      clearTimeout(timer);
      const pid = Number(/^rekindle (\d+)/.exec(data.toString())?.[1]);
      done({ state: 'held', ...(pid ? { pid } : {}) });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (connected) return done({ state: 'held' });
      if (error.code === 'ECONNREFUSED') return done({ state: 'stale' });
      if (error.code === 'ENOENT') return done({ state: 'gone' });
      done({ state: 'unsure', code: error.code ?? error.message });
    });
    socket.on('close', () => {
      clearTimeout(timer);
      if (connected) done({ state: 'held' });
    });
  });
}

function listen(server: net.Server, address: string, lockPath: string): Promise<'listening' | 'in use'> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve('in use');
      // E.g. a file system without sockets (some network or shared-folder mounts).
      else
        reject(
          new DataDirLockedError(
            lockPath,
            undefined,
            `a lock socket cannot be made there (${error.code}): use a folder on a local disk`,
          ),
        );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve('listening');
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(address);
  });
}

function createLockServer(getHandler: () => LockRequestHandler | undefined): net.Server {
  const server = net.createServer((socket) => {
    socket.unref();
    socket.on('error', () => {});
    socket.write(`rekindle ${process.pid}\n`);
    let buffered = '';
    socket.on('data', (data) => {
      buffered += data.toString();
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      const handler = getHandler();
      const reply = handler
        ? handler(buffered.slice(0, end))
        : Promise.resolve('error: not ready for requests');
      reply.then(
        (answer) => socket.end(`${answer.replaceAll('\n', ' ')}\n`),
        (error: Error) => socket.end(`error: ${error.message.replaceAll('\n', ' ')}\n`),
      );
    });
  });
  // The lock must not keep the process alive on its own; it lives until release() or exit.
  server.unref();
  return server;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Removes a stale socket and listens in its place. Only one process may do this at a time, or
 * one could remove the socket another has just put there: the takeover is guarded by a folder
 * (mkdir is atomic). A guard left by a process killed within that millisecond is refused.
 */
async function takeOver(
  lockPath: string,
  address: string,
  server: net.Server,
): Promise<'listening' | 'retry'> {
  const guard = `${lockPath}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return 'retry';
  }
  try {
    // Between our first look and the guard, the holder may have died and another taken over.
    const again = await probe(address);
    if (again.state === 'held') throw new DataDirLockedError(lockPath, again.pid);
    if (again.state === 'unsure') throw new DataDirLockedError(lockPath, undefined, again.code);
    refuseIfOldLockHolderLives(lockPath);
    fs.rmSync(lockPath, { force: true });
    return (await listen(server, address, lockPath)) === 'listening' ? 'listening' : 'retry';
  } finally {
    fs.rmdirSync(guard);
  }
}

/**
 * The previous release's lock was a plain file holding its PID, which no one can connect to: a
 * server of that release may still be running (mid-upgrade). Its PID is judged the old way: a
 * live process other than this one keeps the folder. A PID namespace can fake that, which is why
 * the socket replaced it; this only keeps an upgrade from taking a folder from a running server.
 */
function refuseIfOldLockHolderLives(lockPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(lockPath);
  } catch {
    return;
  }
  if (!stat.isFile()) return;
  const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return; // gone: stale
  }
  throw new DataDirLockedError(lockPath, pid);
}

/** Takes the data folder for the life of this process, or throws DataDirLockedError. */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockPath = path.join(path.resolve(dataDir), lockName);
  const { address, close } = openAddress(lockPath);
  let handler: LockRequestHandler | undefined;
  const server = createLockServer(() => handler);
  const lock: DataDirLock = {
    path: lockPath,
    answer(next) {
      handler = next;
    },
    release() {
      // Closing the listening socket also removes its file (libuv unlinks it).
      server.close();
      close();
    },
  };
  try {
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if ((await listen(server, address, lockPath)) === 'listening') return lock;
      const found = await probe(address);
      if (found.state === 'held') throw new DataDirLockedError(lockPath, found.pid);
      if (found.state === 'unsure') throw new DataDirLockedError(lockPath, undefined, found.code);
      if (found.state === 'stale' && (await takeOver(lockPath, address, server)) === 'listening') return lock;
      await pause(20 + Math.random() * 30);
    }
    const guard = fs.existsSync(`${lockPath}.takeover`);
    throw new DataDirLockedError(
      lockPath,
      undefined,
      guard
        ? `${lockPath}.takeover was left by a start that was stopped; delete it too`
        : 'the lock kept changing',
    );
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * Sends one request to the process holding the data folder and returns its answer, or undefined
 * when no process holds it.
 */
export async function askDataDirHolder(
  dataDir: string,
  request: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const lockPath = path.join(path.resolve(dataDir), lockName);
  const { address, close } = openAddress(lockPath);
  try {
    return await new Promise<string | undefined>((resolve, reject) => {
      const socket = net.connect(address);
      let received = '';
      let connected = false;
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`the process holding ${dataDir} did not answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      socket.on('connect', () => {
        connected = true;
        socket.write(`${request.replaceAll('\n', ' ')}\n`);
      });
      socket.on('data', (data) => {
        received += data.toString();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (!connected && (error.code === 'ECONNREFUSED' || error.code === 'ENOENT')) resolve(undefined);
        else reject(error);
      });
      socket.on('close', () => {
        clearTimeout(timer);
        // The first line is the holder's hello; the second its answer.
        resolve(received.split('\n')[1] ?? 'error: the holder closed the connection without answering');
      });
    });
  } finally {
    close();
  }
}
