// Shared by the API benchmarks: pinning, starting processes, and one autocannon run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const connections = 50;
export const root = path.resolve(import.meta.dirname, '../..');
export const pin = (core: number, cmd: string[]) =>
  fs.existsSync('/usr/bin/taskset') ? ['taskset', '-c', String(core), ...cmd] : cmd;

/** Re-runs this script pinned to core 1 (the load generator), once; the server gets core 0. */
export function pinLoadGenerator(): void {
  if (process.env.BENCH_PINNED === '1' || !fs.existsSync('/usr/bin/taskset')) return;
  const run = spawnSync(
    'taskset',
    ['-c', '1', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_PINNED: '1' },
    },
  );
  process.exit(run.status ?? 1);
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function start(cmd: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const [bin, ...args] = cmd;
  const child = spawn(bin!, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** `rekindle serve` pinned to core 0 on the given database; resolves once it listens. */
export async function startRekindle(
  dbEnv: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = await start(
    // BENCH_PROFILE=DIR writes a CPU profile of the server (open it in Chrome's DevTools).
    pin(0, [
      process.execPath,
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      path.join(root, 'bin/rekindle.mjs'),
      'serve',
    ]),
    { ...dbEnv, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    /Rekindle is running/,
  );
  return { child, base: `http://127.0.0.1:${port}` };
}

export const rssMb = (pid: number) =>
  Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

export type Result = { name: string; rps: number; p50: number; p99: number; errors: number };

export async function load(
  name: string,
  url: string,
  seconds: number,
  options: Partial<autocannon.Options> = {},
): Promise<Result> {
  // Measured after a few seconds of the same load, as is usual: the first seconds after a start
  // also measure V8 compiling the code, the hourly refresh of each session, and (embedded
  // database) the first read of each person's facts. BENCH_WARMUP=0 measures them too.
  const warmup = { connections, duration: Number(process.env.BENCH_WARMUP ?? 3) };
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(warmup.duration > 0 ? { warmup } : {}),
    ...options,
  });
  const errors = result.errors + result.non2xx;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/** A signed-in request, rotating through the given sessions; with `body`, a JSON POST. */
export function signedInLoad(
  base: string,
  path: string,
  tokens: string[],
  seconds: number,
  body?: unknown,
): Promise<Result> {
  let next = 0;
  const method = body === undefined ? 'GET' : 'POST';
  return load(`${method} ${path}`, `${base}${path}`, seconds, {
    requests: [
      {
        method,
        path,
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            cookie: `rekindle_session=${tokens[next++ % tokens.length]}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      },
    ],
  });
}

/** GET /api/today, signed in, rotating through the given sessions. */
export const todayLoad = (base: string, tokens: string[], seconds: number) =>
  signedInLoad(base, '/api/today', tokens, seconds);

/**
 * Today as it is mostly met in real use: right after the same person wrote something. Each
 * connection alternates a write (`POST /api/urges`, logged now) and that person's Today, taking
 * the next of `tokens` for each pair, so every Today follows a write that moved its facts on.
 * Requests per second are halved into pairs per second; the latencies are over both requests.
 */
export async function writeThenTodayLoad(base: string, tokens: string[], seconds: number): Promise<Result> {
  let next = 0;
  const cookie = (token: unknown) => `rekindle_session=${String(token)}`;
  const result = await load('write, then Today', `${base}/api/today`, seconds, {
    requests: [
      {
        method: 'POST',
        path: '/api/urges',
        setupRequest: (req, context: { token?: string }) => {
          const token = tokens[next++ % tokens.length]!;
          context.token = token;
          return {
            ...req,
            headers: { ...req.headers, cookie: cookie(token), 'content-type': 'application/json' },
            body: JSON.stringify({ intensity: 4, trigger: 'night', note: 'Went for a walk instead.' }),
          };
        },
      },
      {
        method: 'GET',
        path: '/api/today',
        setupRequest: (req, context: { token?: string }) => ({
          ...req,
          headers: { ...req.headers, cookie: cookie(context.token) },
        }),
      },
    ],
  });
  return { ...result, rps: result.rps / 2 };
}

/**
 * Today with nothing kept: the first Today of each of `tokens` after the server started, one
 * request per person (run it before any other load that signs these people in).
 */
export async function coldTodayLoad(base: string, tokens: string[]): Promise<Result> {
  let next = 0;
  const started = performance.now();
  const result = await autocannon({
    url: `${base}/api/today`,
    connections,
    amount: tokens.length,
    requests: [
      {
        method: 'GET',
        path: '/api/today',
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, cookie: `rekindle_session=${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  });
  const errors = result.errors + result.non2xx;
  const rps = result.requests.total / ((performance.now() - started) / 1000);
  return { name: 'Today, cold', rps, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/** A new, empty database on the PostgreSQL server at `url`, dropped by `drop()`. */
export async function freshDatabase(
  url: string,
  label: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rekindle_${label}_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return { url: fresh.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
