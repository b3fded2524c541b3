// npm run bench:api — API throughput and latency against a bare node:http hello world, in one run,
// with realistic history: 1,000 people × 90 days of check-ins, urges and activities.
// The server runs pinned to core 0 (taskset); this process, the load generator, to core 1.
// On the embedded database by default; on PostgreSQL when DATABASE_URL is set.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { seed } from './seed.ts';

// Pin this process (the load generator) to core 1, once.
if (process.env.BENCH_PINNED !== '1' && fs.existsSync('/usr/bin/taskset')) {
  const { spawnSync } = await import('node:child_process');
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

const people = Number(process.env.BENCH_PEOPLE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const root = path.resolve(import.meta.dirname, '../..');
const pin = (core: number, cmd: string[]) =>
  fs.existsSync('/usr/bin/taskset') ? ['taskset', '-c', String(core), ...cmd] : cmd;

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function start(cmd: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
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

type Result = { name: string; rps: number; p50: number; p99: number; errors: number };

async function load(name: string, url: string, options: Partial<autocannon.Options> = {}): Promise<Result> {
  const result = await autocannon({ url, connections, duration: seconds, ...options });
  const errors = result.errors + result.non2xx;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-bench-'));
const dbEnv: Record<string, string> = process.env.DATABASE_URL
  ? { DATABASE_URL: process.env.DATABASE_URL }
  : { REKINDLE_DATA_DIR: dataDir };
console.log(
  `Seeding ${people} people × 90 days on ${dbEnv.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}…`,
);
const tokens = await seed(dbEnv, people);

const helloPort = await freePort();
const hello = await start(
  pin(0, [
    process.execPath,
    '-e',
    `require('http').createServer((q,s)=>s.end('hello')).listen(${helloPort},'127.0.0.1',()=>console.log('ready'))`,
  ]),
  {},
  /ready/,
);
const port = await freePort();
const server = await start(
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
const base = `http://127.0.0.1:${port}`;
let next = 0;
const cookie = () => `rekindle_session=${tokens[next++ % tokens.length]}`;

try {
  const results: Result[] = [];
  results.push(await load('node:http hello world', `http://127.0.0.1:${helloPort}/`));
  // The framework's floor: the same server, middleware and HTTP layer, no database.
  results.push(await load('GET /api/health', `${base}/api/health`));
  results.push(
    await load('GET /api/today', `${base}/api/today`, {
      requests: [
        {
          method: 'GET',
          path: '/api/today',
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookie() } }),
        },
      ],
    }),
  );
  results.push(
    await load('POST /api/checkins', `${base}/api/checkins`, {
      requests: [
        {
          method: 'POST',
          path: '/api/checkins',
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, cookie: cookie(), 'content-type': 'application/json' },
            body: JSON.stringify({ mood: 6, sad: 4, desperate: 3, steady: 6 }),
          }),
        },
      ],
    }),
  );
  const baseline = results[0]!.rps;
  console.log(`\n${connections} connections, ${seconds} s each, server on core 0, load on core 1:`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(24)} ${Math.round(r.rps).toLocaleString('en').padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  ${(r.rps / baseline).toFixed(2)}× hello world${r.errors ? `  (${r.errors} errors)` : ''}`,
    );
  }
  const rss =
    Number(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  console.log(`server RSS after the load: ${Math.round(rss)} MB`);
} finally {
  hello.kill();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
