// npm run bench:safety — the safety screen on words no one on the team wrote: recall per
// category and false alarms on ordinary heartbreak and near misses, with 95% intervals, for the
// dev and the frozen held-out split (by source), beside two honest baselines; then its speed.
//   --errors   list the dev split's misses and false alarms (never the held-out's: tuning must
//              not read them)
//   --dev-only  leave the held-out split out (while tuning)
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { screenText } from '../../src/core/safety/screen.ts';
import { loadCheckerCorpus } from './checker-corpus.ts';
import { screenText as roundOneScreen } from './round-one-screen.ts';
import { loadSafetyCorpus, type SafetyRow, wilson } from './safety-corpus.ts';

type Flags = { selfHarm: boolean; abuse: boolean };
type Screen = (text: string) => Flags;

// Baseline 1: the words a keyword list would start with.
const keywordBaseline: Screen = (text) => {
  const t = text.toLowerCase();
  return {
    selfHarm: /\b(?:suicid\w*|kill myself|want to die|end my life|self[- ]harm)\b/.test(t),
    abuse: /\b(?:abus\w*|hit me|violent|threaten\w*|controlling|stalk\w*)\b/.test(t),
  };
};
// Baseline 2: flag everything (recall 100%, false alarms 100%): what recall alone is worth.
const everything: Screen = () => ({ selfHarm: true, abuse: true });

const rows = loadSafetyCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const interval = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `${pct(k / (n || 1)).padStart(6)} [${pct(lo)}–${pct(hi)}]`;
};

function report(name: string, screen: Screen, split: SafetyRow['split'], detail: boolean) {
  const set = rows.filter((r) => r.split === split);
  const results = set.map((r) => ({ r, f: screen(r.text) }));
  const hit = (x: (typeof results)[number]) => (x.r.label === 'self_harm' ? x.f.selfHarm : x.f.abuse);
  console.log(`\n${name} — ${split} (${set.length} rows)`);
  for (const label of ['self_harm', 'abuse'] as const) {
    const ofLabel = results.filter((x) => x.r.label === label);
    const k = ofLabel.filter(hit).length;
    console.log(`${`  ${label} recall`.padEnd(34)}${interval(k, ofLabel.length)}  (${k}/${ofLabel.length})`);
    if (!detail) continue;
    for (const category of [...new Set(ofLabel.map((x) => x.r.category))].sort()) {
      const inCat = ofLabel.filter((x) => x.r.category === category);
      const kc = inCat.filter(hit).length;
      console.log(`${`    ${category}`.padEnd(34)}${interval(kc, inCat.length)}  (${kc}/${inCat.length})`);
    }
  }
  const none = results.filter((x) => x.r.label === 'none');
  const alarms = none.filter((x) => x.f.selfHarm || x.f.abuse);
  console.log(
    '  false alarms (either flag)'.padEnd(34) +
      `${interval(alarms.length, none.length)}  (${alarms.length}/${none.length})`,
  );
  if (detail) {
    for (const category of [...new Set(none.map((x) => `${x.r.file}/${x.r.category}`))].sort()) {
      const inCat = none.filter((x) => `${x.r.file}/${x.r.category}` === category);
      const kc = inCat.filter((x) => x.f.selfHarm || x.f.abuse).length;
      console.log(`${`    ${category}`.padEnd(34)}${interval(kc, inCat.length)}  (${kc}/${inCat.length})`);
    }
  }
  return results;
}

const sources = new Set(rows.map((r) => r.source));
const heldSources = new Set(rows.filter((r) => r.split === 'heldout').map((r) => r.source));
console.log(
  `Safety corpus: ${rows.length} statements from ${sources.size} public pages; ${heldSources.size} pages held out (frozen before tuning).`,
);
const dev = report('Rekindle safety screen', screenText, 'dev', true);
if (!process.argv.includes('--dev-only')) {
  report('Rekindle safety screen', screenText, 'heldout', true);
  report("Baseline: round one's screen", roundOneScreen, 'heldout', false);
  report('Baseline: keyword list', keywordBaseline, 'heldout', false);
  report('Baseline: flag everything', everything, 'heldout', false);
}

if (process.argv.includes('--errors')) {
  console.log('\nDev errors (held-out errors are never listed):');
  for (const { r, f } of dev) {
    const wrong =
      r.label === 'none' ? f.selfHarm || f.abuse : r.label === 'self_harm' ? !f.selfHarm : !f.abuse;
    if (wrong) console.log(`  [${r.label}/${r.category}] ${JSON.stringify(f)} ${r.text}`);
  }
}

// Speed: messages a second on one core (the corpus, then everyday messages to an ex from the
// checker's corpus), after one warm-up pass, and the cost of one 500-character draft.
const texts = rows.map((r) => r.text);
const everyday = loadCheckerCorpus().map((r) => r.text);
const rate = (set: string[]) => {
  for (const t of set) screenText(t);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) screenText(set[n++ % set.length]!);
  return n / ((performance.now() - start) / 1000);
};
const perSecond = rate(texts);
const everydayPerSecond = rate(everyday);
const draft = `${texts.slice(0, 12).join(' ')}`.slice(0, 500);
const t0 = performance.now();
// A different draft each time, as typing makes it (the screen keeps its last few readings).
for (let i = 0; i < 200; i++) screenText(`${draft.slice(0, 495)} ${i}`);
const perDraft = (performance.now() - t0) / 200;
console.log(
  `\nSpeed on one core: ${Math.round(perSecond).toLocaleString('en')} corpus statements/s, ${Math.round(everydayPerSecond).toLocaleString('en')} everyday messages/s; a 500-character draft in ${perDraft.toFixed(2)} ms.`,
);
