// npm run bench:scale — does Today stay fast as the database grows? On PostgreSQL (DATABASE_URL:
// a server on which this may create and drop databases), in one run: GET /api/today with 1,000
// people, then with 100,000 people and about 10 million rows of history (3 histories × 34 days
// each), both with sessions for 1,000 of them spread over everyone. Budget: p99 at 100,000 within
// 1.5× of p99 at 1,000.
import pg from 'pg';
import { freshDatabase, pinLoadGenerator, type Result, rssMb, startRekindle, todayLoad } from './harness.ts';
import { seed } from './seed.ts';

pinLoadGenerator();

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'bench:scale runs on PostgreSQL: set DATABASE_URL to a server where it may create databases.',
  );
  process.exit(2);
}
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const large = Number(process.env.BENCH_SCALE_PEOPLE ?? 100_000);
const days = 34;

async function measure(people: number): Promise<{ result: Result; rows: number; rss: number }> {
  const database = await freshDatabase(url!, `scale_${people}`);
  const dbUrl = database.url;
  try {
    const started = Date.now();
    const tokens = await seed({ DATABASE_URL: dbUrl }, people, { days, sessions: 1000 });
    const rows = await (async () => {
      const client = new pg.Client({ connectionString: dbUrl });
      await client.connect();
      await client.query('analyze');
      const { rows } = await client.query<{ n: string }>(
        'select (select count(*) from checkins) + (select count(*) from urges) + (select count(*) from activities) as n',
      );
      await client.end();
      return Number(rows[0]!.n);
    })();
    console.log(
      `${people.toLocaleString('en')} people, ${rows.toLocaleString('en')} history rows, seeded in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    const server = await startRekindle({ DATABASE_URL: dbUrl });
    try {
      await todayLoad(server.base, tokens, 2); // warm up
      const result = await todayLoad(server.base, tokens, seconds);
      return { result, rows, rss: rssMb(server.child.pid!) };
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  } finally {
    await database.drop();
  }
}

const small = await measure(1000);
const big = await measure(large);
const ratio = big.result.p99 / Math.max(small.result.p99, 1);
console.log('\nGET /api/today, 50 connections, rotating 1,000 sessions, server on core 0, load on core 1:');
for (const [label, m] of [
  ['1,000 people', small],
  [`${large.toLocaleString('en')} people`, big],
] as const) {
  console.log(
    `${label.padEnd(16)} ${m.rows.toLocaleString('en').padStart(11)} rows  ${Math.round(m.result.rps).toLocaleString('en').padStart(6)} req/s  p50 ${m.result.p50} ms  p99 ${m.result.p99} ms  RSS ${Math.round(m.rss)} MB${m.result.errors ? `  (${m.result.errors} errors)` : ''}`,
  );
}
console.log(`p99 ratio ${ratio.toFixed(2)}× (budget ≤ 1.5×): ${ratio <= 1.5 ? 'met' : 'NOT MET'}`);
