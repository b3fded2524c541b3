import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../bin/rekindle.mjs');

export type SpawnedServer = {
  url: string;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
};

/**
 * Runs `rekindle serve` as its own process (started with node directly, so the PID we hold is
 * the server's) and waits until it prints its URL, or fails with what it printed.
 */
export function spawnServer(env: Record<string, string>, args = ['serve']): Promise<SpawnedServer> {
  const { child, output } = spawnRekindle(args, { PORT: '0', HOST: '127.0.0.1', ...env });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output()}`)), 60_000);
    const onData = () => {
      const match = /Rekindle is running at (http:\/\/\S+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, process: child, output, exited });
      }
    };
    child.stdout.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${output()}`));
    });
  });
}

/** Runs a `rekindle` command to completion and returns its exit code and output. */
export function runCli(args: string[], env: Record<string, string>) {
  const { child, output } = spawnRekindle(args, env);
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    child.on('exit', (code) => resolve({ code, output: output() }));
  });
}

/** Starts `rekindle <args>` with only PATH from this environment, collecting what it prints. */
function spawnRekindle(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, output: () => output };
}

/**
 * What a test file starts and must stop, after each test or after them all: its servers, sent
 * `signal` and waited for, then its clean-ups (such as dropping a database), in order.
 */
export function stopAfterwards(when: 'each' | 'all', signal: NodeJS.Signals = 'SIGKILL') {
  const servers: SpawnedServer[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  (when === 'each' ? afterEach : afterAll)(async () => {
    for (const s of servers.splice(0)) {
      s.process.kill(signal);
      await s.exited;
    }
    for (const c of cleanups.splice(0)) await c();
  });
  return { servers, cleanups };
}
