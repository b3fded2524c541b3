// npm run bench:ci — the short version of the benchmarks that CI runs (.ci/run): the API on the
// embedded database (and on PostgreSQL when DATABASE_URL is set), memory, and the web figures,
// each against its budget. Throughput is gated as ratios measured in one run (an endpoint against
// the bare node:http floor), held at the level this code reaches with a margin that a 1.5×
// regression breaks; latency, memory and paint, which have no floor to divide by, fail only past
// their budget by more than the noise this machine shows between identical runs (the margins
// below, measured as BENCHMARKS.md says): a tighter gate there would fail at random.
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
const margin = { latency: 1, memory: 0.3, paint: 0.5, keystroke: 1 };

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
  /** The budget the figure should meet (shown; the gate is `level` when one is given). */
  budget: number;
  /** Throughput: higher is better; times and memory: lower is. */
  higher?: boolean;
  margin: number;
  /**
   * For a ratio measured within one run (an endpoint against the bare node:http floor on the same
   * machine in the same minute): the level this code reaches, gated with a margin tight enough
   * that a 1.5× regression fails, since the ratio does not carry the machine's own swings.
   */
  level?: number;
};

const checks: Check[] = [];
const short = { BENCH_SECONDS: '4', BENCH_WARMUP: '2', BENCH_PEOPLE: '300' };

/** Same-run ratios move less than absolute figures (BENCHMARKS.md, "The CI check"). */
const ratioMargin = 0.4;

function apiChecks(api: Api) {
  const find = (name: string) => api.results.find((r) => r.name === name)!;
  const floor = find('node:http hello world').rps;
  const cached = find('Today, cached');
  const written = find('write, then Today');
  const on = api.database === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const levels = api.database === 'pglite' ? { cached: 0.1, written: 0.02 } : { cached: 0.12, written: 0.02 };
  checks.push(
    {
      label: `Today cached on ${on}, × floor`,
      value: cached.rps / floor,
      unit: '×',
      budget: api.database === 'pglite' ? 0.05 : 0.3,
      higher: true,
      margin: ratioMargin,
      level: levels.cached,
    },
    {
      label: `write, then Today on ${on}, × floor`,
      value: written.rps / floor,
      unit: '×',
      budget: levels.written,
      higher: true,
      margin: ratioMargin,
      level: levels.written,
    },
    {
      label: `Today cached on ${on}, p99`,
      value: cached.p99,
      unit: 'ms',
      budget: api.database === 'pglite' ? 50 : 30,
      margin: margin.latency,
    },
    {
      label: `write, then Today on ${on}, p99`,
      value: written.p99,
      unit: 'ms',
      budget: 75,
      margin: margin.latency,
    },
    {
      label: `server RSS on ${on}`,
      value: api.rssMb,
      unit: 'MB',
      budget: api.database === 'pglite' ? 300 : 150,
      margin: margin.memory,
    },
  );
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
  const target = c.level ?? c.budget;
  const limit = c.higher ? target / (1 + c.margin) : target * (1 + c.margin);
  const ok = c.higher ? c.value >= limit : c.value <= limit;
  const met = c.higher ? c.value >= c.budget : c.value <= c.budget;
  if (!ok) failed++;
  const show = (n: number) => (c.unit === '×' ? n.toFixed(3) : Math.round(n).toLocaleString('en'));
  const status = !ok ? 'FAIL' : met ? 'ok, budget met' : 'ok, not met yet';
  const gate = c.level === undefined ? '' : `, level ${show(c.level)}`;
  console.log(
    `${c.label.padEnd(40)} ${`${show(c.value)} ${c.unit}`.padStart(12)}  budget ${c.higher ? '≥' : '≤'} ${show(c.budget)} ${c.unit}${gate}, fails ${c.higher ? '<' : '>'} ${show(limit)}: ${status}`,
  );
}
process.exit(failed ? 1 : 0);
