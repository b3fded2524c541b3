// npm run bench:api — API throughput and latency against a bare node:http hello world, in one run,
// with realistic history: 1,000 people × 90 days of check-ins, urges and activities. Today three
// ways: cold (each person's first Today after the start, nothing kept), cached (people reading
// again with nothing written in between) and right after a write (25 people, each connection
// alternating a logged urge and that person's Today: how Today is mostly met in real use).
// The server runs pinned to core 0 (taskset); this process, the load generator, to core 1.
// On the embedded database by default; on PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  coldTodayLoad,
  connections,
  freePort,
  freshDatabase,
  load,
  pin,
  pinLoadGenerator,
  type Result,
  rssMb,
  signedInLoad,
  start,
  startRekindle,
  todayLoad,
  writeThenTodayLoad,
} from './harness.ts';
import { seed } from './seed.ts';

pinLoadGenerator();

const people = Number(process.env.BENCH_PEOPLE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-bench-'));
// On PostgreSQL, a new database for this run (dropped at the end), so runs do not pile up history.
const pgDatabase = process.env.DATABASE_URL
  ? await freshDatabase(process.env.DATABASE_URL, 'bench')
  : undefined;
const dbEnv: Record<string, string> = pgDatabase
  ? { DATABASE_URL: pgDatabase.url }
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
const { child: server, base } = await startRekindle(dbEnv);

try {
  const results: Result[] = [];
  results.push(await load('node:http hello world', `http://127.0.0.1:${helloPort}/`, seconds));
  // The framework's floor: the same server, middleware and HTTP layer, no database.
  results.push(await load('GET /api/health', `${base}/api/health`, seconds));
  // First, before any other load signs these people in: every Today reads its facts.
  const cold = await coldTodayLoad(base, tokens);
  results.push(cold);
  results.push({ ...(await todayLoad(base, tokens, seconds)), name: 'Today, cached' });
  results.push(await writeThenTodayLoad(base, tokens.slice(0, 25), seconds));
  results.push(
    await signedInLoad(base, '/api/checkins', tokens, seconds, { mood: 6, sad: 4, desperate: 3, steady: 6 }),
  );
  const baseline = results[0]!.rps;
  console.log(
    `\n${connections} connections, ${seconds} s each (cold: one Today for each of ${tokens.length} people), server on core 0, load on core 1:`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(24)} ${Math.round(r.rps).toLocaleString('en').padStart(7)} ${r.name === 'write, then Today' ? 'pairs/s' : 'req/s  '}  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  ${(r.rps / baseline).toFixed(2)}× hello world${r.errors ? `  (${r.errors} errors)` : ''}`,
    );
  }
  const rss = rssMb(server.pid!);
  console.log(`server RSS after the load: ${Math.round(rss)} MB`);
  // For the CI budget check (scripts/bench/ci.ts).
  if (process.env.BENCH_JSON) {
    const database = pgDatabase ? 'postgres' : 'pglite';
    fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ database, results, rssMb: rss }));
  }
} finally {
  hello.kill();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  await pgDatabase?.drop();
}
