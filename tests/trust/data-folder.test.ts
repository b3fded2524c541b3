import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { runCli, type SpawnedServer, spawnServer } from '../support/spawn-server.ts';

/**
 * The embedded database's folder: one server at a time, whatever PID namespace each runs in, and
 * files no one else can read. The PostgreSQL pass skips it (no data folder there).
 */
const bin = path.resolve(import.meta.dirname, '../../bin/rekindle.mjs');
const running: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  for (const c of cleanups) await c();
});

/** Whether this machine lets us start a process in a PID namespace of its own (as containers do). */
const canUnshare = spawnSync('unshare', ['-p', '-f', '--mount-proc', 'true']).status === 0;

/** Starts a second `rekindle serve` through `command` and waits until it serves or exits. */
function trySecondServer(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ served: boolean; code: number | null; output: string }>((resolve) => {
    child.stdout.on('data', () => {
      if (output.includes('Rekindle is running')) resolve({ served: true, code: null, output });
    });
    child.on('exit', (code) => resolve({ served: false, code, output }));
  });
}

/** Every entry under dir with its permission bits. */
function modesUnder(dir: string): { entry: string; mode: number }[] {
  const found: { entry: string; mode: number }[] = [];
  const visit = (entry: string) => {
    const stat = fs.lstatSync(entry);
    found.push({ entry, mode: stat.mode & 0o777 });
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(dir);
  return found;
}

function makeEverythingOpen(dir: string) {
  for (const { entry } of modesUnder(dir)) {
    if (fs.lstatSync(entry).isDirectory()) fs.chmodSync(entry, 0o777);
    else if (fs.lstatSync(entry).isFile()) fs.chmodSync(entry, 0o666);
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('the embedded data folder', () => {
  it('holds one server at a time, survives kill -9, and keeps its files to its owner', async () => {
    const { env, cleanup } = await freshDatabaseEnv('pglite');
    cleanups.push(cleanup);
    const dataDir = env.REKINDLE_DATA_DIR!;
    const lockPath = path.join(dataDir, 'rekindle.lock');
    const first: SpawnedServer = await spawnServer(env);
    running.push(first.process);
    const client = new Client(first.url);
    const email = uniqueEmail('folder');
    expect((await client.signup(email)).status).toBe(201);

    // A second server that cannot see the first one's PID: in a PID namespace of its own (a
    // container), or, where that is not permitted, one whose own PID the old lock file names.
    const attempts = [
      trySecondServer(
        'sh',
        ['-c', `echo $$ > "${lockPath}" 2>/dev/null; exec "${process.execPath}" "${bin}" serve`],
        env,
      ),
    ];
    if (canUnshare) {
      attempts.push(
        trySecondServer(
          'unshare',
          ['-p', '-f', '--kill-child', '--mount-proc', process.execPath, bin, 'serve'],
          env,
        ),
      );
    }
    const seconds = await Promise.all(attempts);
    for (const second of seconds) {
      expect(second.served, second.output).toBe(false);
      expect(second.code).not.toBe(0);
      expect(second.output).toContain(`is already using the data folder ${dataDir}`);
    }
    expect((await client.login(email)).status).toBe(200); // the first one kept serving

    // The folder and every file in it are the owner's alone, while the server runs.
    const whileServing = modesUnder(dataDir);
    expect(whileServing[0]!.mode).toBe(0o700);
    const readable = whileServing.filter(({ mode }) => mode & 0o077);
    expect(readable.map(({ entry, mode }) => `${mode.toString(8)} ${entry}`)).toEqual([]);

    // A server killed with SIGKILL leaves its socket behind; the next start takes it over, and a
    // folder someone opened up (0777, files 0666) is closed again at that start.
    first.process.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(lockPath)).toBe(true);
    makeEverythingOpen(dataDir);
    const next = await spawnServer(env);
    running.push(next.process);
    expect(next.output()).toMatch(/made \d+ files and folders in .* private/);
    expect((await new Client(next.url).login(email)).status).toBe(200);
    const afterRestart = modesUnder(dataDir);
    expect(afterRestart[0]!.mode).toBe(0o700);
    expect(afterRestart.filter(({ mode }) => mode & 0o077)).toEqual([]);
    expect(
      afterRestart.filter(({ entry }) => fs.lstatSync(entry).isFile()).every(({ mode }) => mode === 0o600),
    ).toBe(true);

    // A backup holds everything people wrote: 0600, in a new folder made 0700.
    const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-backup-'));
    cleanups.push(async () => fs.rmSync(backupDir, { recursive: true, force: true }));
    const file = path.join(backupDir, 'new-folder', 'snapshot.tar.gz');
    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.output).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);

    const files = whileServing.length + afterRestart.length;
    const worldReadable = [...whileServing, ...afterRestart].filter(({ mode }) => mode & 0o004).length;
    console.log(
      `data folder: second servers tried ${seconds.length} (PID namespace: ${canUnshare ? 'yes' : 'not permitted'}) / ` +
        `served ${seconds.filter((s) => s.served).length}; stale socket after kill -9 taken over: yes; ` +
        `files scanned ${files} / world-readable ${worldReadable}; backup mode ${(fs.statSync(file).mode & 0o777).toString(8)}`,
    );
  });
});
