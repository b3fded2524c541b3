// npm run bench:ci — the short version of the benchmarks that CI runs (.ci/run): the API on the
// embedded database (and on PostgreSQL when DATABASE_URL is set), memory, and the web figures,
// each against its budget. It fails only when a figure is past its budget by more than the noise
// this machine shows between identical runs (the margins below, measured as BENCHMARKS.md says):
// a tighter gate would fail at random. A budget not met yet is held at the level reached instead,
// so it cannot get worse unnoticed; the table says which.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './harness.ts';

type Api = {
  database: 'pglite' | 'postgres';
  results: { name: string; rps: number; p99: number }[];
  rssMb: number;
};
type Web = { fresh: number; repeat: number; keystroke: number };

/**
 * How far identical runs of the same code spread on this machine over one day (BENCHMARKS.md,
 * "The CI check"): the bare hello world alone ranged 24,000–52,000 req/s, Today's p99 on PGlite
 * 45–82 ms, Today's fresh paint 1.5–2.2 s and the keystroke 27–71 ms. The server's RSS on
 * PostgreSQL after the load: 150–167 MB for the code of 2026-12-01's morning and 152–193 MB for the
 * evening's, the same distribution (the 193 in a full CI run, after the suites had filled the
 * cluster), so memory gets 30%.
 */
const margin = { throughput: 1, latency: 1, memory: 0.3, paint: 0.5, keystroke: 1 };

function bench<T>(script: string, env: NodeJS.ProcessEnv): T {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-bench-ci-')), 'result.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench', script)], {
    stdio: 'inherit',
    env: { ...env, BENCH_JSON: out },
  });
  if (run.status !== 0) {
    console.error(`${script} did not finish (exit ${run.status}).`);
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as T;
}

type Check = {
  label: string;
  value: number;
  unit: string;
  budget: number;
  /** Throughput: higher is better; times and memory: lower is. */
  higher?: boolean;
  margin: number;
  /** For a budget not met yet: the level reached, held instead of the budget. */
  held?: number;
};

const checks: Check[] = [];
const short = { BENCH_SECONDS: '4', BENCH_WARMUP: '2', BENCH_PEOPLE: '300' };

function apiChecks(api: Api) {
  const find = (name: string) => api.results.find((r) => r.name === name)!;
  const hello = find('node:http hello world');
  const today = find('Today, cached');
  if (api.database === 'pglite') {
    checks.push(
      {
        label: 'Today on PGlite',
        value: today.rps,
        unit: 'req/s',
        budget: 1000,
        higher: true,
        margin: margin.throughput,
      },
      { label: 'Today on PGlite, p99', value: today.p99, unit: 'ms', budget: 50, margin: margin.latency },
      { label: 'server RSS on PGlite', value: api.rssMb, unit: 'MB', budget: 300, margin: margin.memory },
    );
  } else {
    checks.push(
      {
        label: 'Today on PostgreSQL, × hello world',
        value: today.rps / hello.rps,
        unit: '×',
        budget: 0.3,
        higher: true,
        margin: margin.throughput,
        held: 0.12,
      },
      { label: 'Today on PostgreSQL, p99', value: today.p99, unit: 'ms', budget: 30, margin: margin.latency },
      { label: 'server RSS on PostgreSQL', value: api.rssMb, unit: 'MB', budget: 150, margin: margin.memory },
    );
  }
}

const { DATABASE_URL, ...withoutPostgres } = process.env;
apiChecks(bench<Api>('api.ts', { ...withoutPostgres, ...short }));
if (DATABASE_URL) apiChecks(bench<Api>('api.ts', { ...process.env, ...short }));
const web = bench<Web>('web.ts', { ...process.env, BENCH_RUNS: '3' });
checks.push(
  { label: 'Today LCP, fresh load', value: web.fresh, unit: 'ms', budget: 1500, margin: margin.paint },
  { label: 'Today LCP, repeat visit', value: web.repeat, unit: 'ms', budget: 600, margin: margin.paint },
  { label: 'keystroke to highlight', value: web.keystroke, unit: 'ms', budget: 50, margin: margin.keystroke },
);

let failed = 0;
console.log('\nBudget check (short runs; fails past budget + measured noise):');
for (const c of checks) {
  const target = c.held ?? c.budget;
  const limit = c.higher ? target / (1 + c.margin) : target * (1 + c.margin);
  const ok = c.higher ? c.value >= limit : c.value <= limit;
  const met = c.higher ? c.value >= c.budget : c.value <= c.budget;
  if (!ok) failed++;
  const shown = c.unit === '×' ? c.value.toFixed(2) : Math.round(c.value).toLocaleString('en');
  const limitShown = c.unit === '×' ? limit.toFixed(2) : Math.round(limit).toLocaleString('en');
  const status = !ok
    ? 'FAIL'
    : met
      ? 'ok, budget met'
      : c.held
        ? 'ok, held (budget not met yet)'
        : 'ok, within noise of budget';
  console.log(
    `${c.label.padEnd(36)} ${`${shown} ${c.unit}`.padStart(12)}  budget ${c.higher ? '≥' : '≤'} ${c.budget} ${c.unit}, fails ${c.higher ? '<' : '>'} ${limitShown}: ${status}`,
  );
}
process.exit(failed ? 1 : 0);
