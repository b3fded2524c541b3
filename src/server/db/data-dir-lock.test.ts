import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, askDataDirHolder, DataDirLockedError } from './data-dir-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-lock-'));
  dirs.push(dir);
  return dir;
};
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const node = (script: string) =>
  spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
const lockModule = JSON.stringify(path.resolve(import.meta.dirname, 'data-dir-lock.ts'));

/** A process that holds the lock (as another server would) until killed. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = node(
    `import { acquireDataDirLock } from ${lockModule};
     await acquireDataDirLock(${JSON.stringify(dir)});
     console.log('held');
     setInterval(() => {}, 1000);`,
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited (${code})`)));
  });
  return child;
}

describe('acquireDataDirLock', () => {
  it('creates the folder 0700 and a socket there, removed on release', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const lock = await acquireDataDirLock(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(lock.path).isSocket()).toBe(true);
    lock.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it('refuses a folder held by a live process, naming the folder and what to do', async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    const refusal = await acquireDataDirLock(dir).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as DataDirLockedError).holderPid).toBe(holder.pid);
    expect((refusal as Error).message).toMatch(
      new RegExp(`PID ${holder.pid}\\) is already using the data folder ${dir}\\..*REKINDLE_DATA_DIR`),
    );
  });

  it('refuses whatever PID the holder has, even ours (PID 1 in two containers)', async () => {
    const dir = tempDir();
    const first = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(DataDirLockedError);
    first.release();
  });

  it('takes over the socket of a process killed with SIGKILL', async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    expect(fs.statSync(path.join(dir, 'rekindle.lock')).isSocket()).toBe(true);
    const lock = await acquireDataDirLock(dir);
    lock.release();
  });

  it('takes over a lock file left by the earlier PID-file lock when its PID is ours or gone', async () => {
    for (const pid of [process.pid, 2 ** 22 + 12345]) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'rekindle.lock'), String(pid));
      const lock = await acquireDataDirLock(dir);
      expect(fs.statSync(lock.path).isSocket()).toBe(true);
      lock.release();
    }
  });

  it('refuses a folder whose earlier PID-file lock names a live process (a server of the last release, mid-upgrade)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'rekindle.lock'), String(process.ppid));
    await expect(acquireDataDirLock(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    expect(fs.statSync(path.join(dir, 'rekindle.lock')).isFile()).toBe(true);
  });

  it('lets exactly one of several racing starts take over a stale socket', async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('exit', resolve));
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => acquireDataDirLock(dir)));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataDirLockedError);
    for (const r of won) r.value.release();
  });

  it.runIf(process.platform === 'linux')(
    'works in a folder whose path is too long for a socket',
    async () => {
      const dir = path.join(tempDir(), 'a-folder-name-that-is-long'.repeat(5));
      expect(Buffer.byteLength(path.join(dir, 'rekindle.lock'))).toBeGreaterThan(107);
      const lock = await acquireDataDirLock(dir);
      await expect(acquireDataDirLock(dir)).rejects.toThrow(/already using the data folder/);
      lock.answer(async (request) => `you said ${request}`);
      expect(await askDataDirHolder(dir, 'hello', 5000)).toBe('you said hello');
      lock.release();
    },
  );

  it('answers requests from other processes, and no one when released', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    expect(await askDataDirHolder(dir, 'backup', 5000)).toMatch(/^error: /);
    lock.answer(async (request) => `done: ${request}`);
    expect(await askDataDirHolder(dir, 'backup {"to":"/x"}', 5000)).toBe('done: backup {"to":"/x"}');
    lock.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(await askDataDirHolder(dir, 'backup', 5000)).toBeUndefined();
  });

  it('does not keep the process alive on its own', () => {
    const dir = tempDir();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { acquireDataDirLock } from ${lockModule}; await acquireDataDirLock(${JSON.stringify(dir)});`,
      ],
      { timeout: 20_000 },
    );
    expect(child.status).toBe(0);
  });
});
