// npm run bench:checker — the message checker on messages written after examples that public
// pages labelled (tests/fixtures/checker/corpus-*.jsonl), split by SITE: the held-out third of
// sites was frozen before tuning (heldout-sources.json). Prints precision, recall, F1, accuracy
// and false alarms with 95% intervals, per kind and per category, against baselines trained or
// chosen on the same split, where contested messages land, and speed.
// `-- --dev-only` prints the dev figures alone (for tuning); the held-out ones are for reports.
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { checkMessage } from '../../src/core/checker/check.ts';
import { features, type LinearModel, probabilityOf, words } from '../../src/core/text/linear-model.ts';
import { normalizeText } from '../../src/core/text/normalize.ts';
import { trainLinear } from '../lib/train-linear.ts';
import { type CorpusRow, loadCheckerCorpus } from './checker-corpus.ts';
import { wilson } from './safety-corpus.ts';

type Predict = (row: CorpusRow) => boolean;
const rows = loadCheckerCorpus();
const devOnly = process.argv.includes('--dev-only');
const labelled = rows.filter((r) => r.verdict !== 'contested');
const dev = labelled.filter((r) => r.split === 'dev');
const heldout = labelled.filter((r) => r.split === 'heldout');

function counts(set: CorpusRow[], predict: Predict) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of set) {
    const p = predict(r);
    const needy = r.verdict === 'needy';
    if (p && needy) tp++;
    else if (p) fp++;
    else if (needy) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}
const f1Of = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1);

/** F1's 95% interval by resampling sites (the unit the split is made of), with a fixed seed. */
function f1Interval(set: CorpusRow[], predict: Predict): [number, number] {
  const bySite = new Map<string, CorpusRow[]>();
  for (const r of set) bySite.set(r.site, [...(bySite.get(r.site) ?? []), r]);
  const sites = [...bySite.values()];
  const outcomes = sites.map((s) => counts(s, predict));
  let seed = 20261201;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const f1s: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (let j = 0; j < sites.length; j++) {
      const o = outcomes[Math.floor(random() * sites.length)]!;
      sum.tp += o.tp;
      sum.fp += o.fp;
      sum.fn += o.fn;
    }
    f1s.push(f1Of(sum));
  }
  f1s.sort((a, b) => a - b);
  return [f1s[25]!, f1s[974]!];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`;
const withInterval = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `${pct(n ? k / n : 0)} [${pct(lo)}–${pct(hi)}]`;
};

function report(name: string, set: CorpusRow[], predict: Predict) {
  const c = counts(set, predict);
  const [lo, hi] = f1Interval(set, predict);
  console.log(
    `${name.padEnd(30)} n=${String(set.length).padStart(4)}  F1 ${pct(f1Of(c))} [${pct(lo)}–${pct(hi)}]  ` +
      `accuracy ${withInterval(c.tp + c.tn, set.length)}  precision ${withInterval(c.tp, c.tp + c.fp)}  ` +
      `recall ${withInterval(c.tp, c.tp + c.fn)}  false alarms ${withInterval(c.fp, c.fp + c.tn)}`,
  );
}

/** As the server and the CLI read (with the word model), and as the browser reads (without it). */
const checker: Predict = (r) => checkMessage(r.text, { kind: r.kind }).needy;
const inBrowser: Predict = (r) => checkMessage(r.text, { kind: r.kind, wordModel: false }).needy;

// Baselines on the same split: say "needy" to everything; negative sentiment (AFINN, VADER); and
// a plain bag of words and word pairs learned from the same dev sites, threshold 0.5.
const sentiment = new Sentiment();
const bag: LinearModel = trainLinear(
  dev.map((r) => ({ features: features(words(normalizeText(r.text))), positive: r.verdict === 'needy' })),
  { l2: 0.001, epochs: 300, minCount: 2, minWeight: 0.01 },
);
const baselines: [string, Predict][] = [
  ['always needy', () => true],
  ['AFINN sentiment < 0', (r) => sentiment.analyze(r.text).score < 0],
  [
    'VADER compound < -0.05',
    (r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound < -0.05,
  ],
  ['bag of words (dev-trained)', (r) => probabilityOf(normalizeText(r.text), bag) >= 0.5],
];

const sites = (set: CorpusRow[]) => new Set(set.map((r) => r.site)).size;
console.log(
  `Checker corpus: ${rows.length} messages from ${sites(rows)} sites (${rows.filter((r) => r.verdict === 'ok').length} ok, ` +
    `${rows.filter((r) => r.verdict === 'needy').length} needy, ${rows.filter((r) => r.verdict === 'contested').length} contested); ` +
    `dev ${dev.length} from ${sites(dev)} sites, held-out ${heldout.length} from ${sites(heldout)} sites (contested left out of both).`,
);
console.log('95% intervals: Wilson for proportions, F1 by resampling sites.\n');
const sets: [string, CorpusRow[]][] = devOnly
  ? [['dev', dev]]
  : [
      ['dev', dev],
      ['held-out', heldout],
    ];
for (const [label, set] of sets) {
  console.log(`— ${label}`);
  report('checker', set, checker);
  report('checker, as the browser reads', set, inBrowser);
  for (const [name, predict] of baselines) report(`baseline: ${name}`, set, predict);
}

const target = devOnly ? dev : heldout;
const targetName = devOnly ? 'dev' : 'held-out';
console.log(`\nBy kind (${targetName}; accuracy and false alarms):`);
for (const kind of [...new Set(target.map((r) => r.kind))].sort())
  report(
    `  ${kind}`,
    target.filter((r) => r.kind === kind),
    checker,
  );
console.log(`\nBy category (${targetName}, categories with 6+ messages; share judged right):`);
const byCategory = new Map<string, CorpusRow[]>();
for (const r of target) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
for (const [category, set] of [...byCategory]
  .filter(([, s]) => s.length >= 6)
  .sort((a, b) => b[1].length - a[1].length)) {
  const right = set.filter((r) => checker(r) === (r.verdict === 'needy')).length;
  console.log(
    `  ${category.padEnd(26)} ${withInterval(right, set.length)} of ${set.length} (${set[0]!.verdict} mostly: ${set.filter((r) => r.verdict === 'needy').length} needy)`,
  );
}

const contested = rows.filter((r) => r.verdict === 'contested' && (devOnly ? r.split === 'dev' : true));
const landing = new Map<string, number>();
for (const r of contested) {
  const v = checkMessage(r.text, { kind: r.kind }).verdict;
  landing.set(v, (landing.get(v) ?? 0) + 1);
}
console.log(
  `\nContested messages (${contested.length}, where sources disagree; the middle verdict is "think_twice"): ${[
    ...landing,
  ]
    .map(([v, n]) => `${v} ${n}`)
    .join(', ')}`,
);

if (process.argv.includes('--errors')) {
  console.log('\nDev messages judged wrong:');
  for (const r of dev.filter((r) => checker(r) !== (r.verdict === 'needy')))
    console.log(`  ${r.verdict}\t${r.kind}\t${r.category}\t${r.text.slice(0, 120)}`);
}

// Speed on one core: every message of the corpus in turn, with and without the safety screen
// (the browser's composer screens separately, as it types), and a 500-character draft.
const texts = rows.map((r) => r.text);
const rate = (screen: boolean) => {
  for (let i = 0; i < 2000; i++) checkMessage(texts[i % texts.length]!, { kind: 'first_text', screen });
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 2000)
    checkMessage(texts[n++ % texts.length]!, { kind: 'first_text', screen });
  return Math.round(n / ((performance.now() - started) / 1000)).toLocaleString('en');
};
const draft = texts.join(' ').slice(0, 500);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  checkMessage(`${draft.slice(0, 495)} ${i}`, { kind: 'draft' });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `\nspeed on one core: the reading alone ${rate(false)} messages/s (budget 5,000); with the safety screen ${rate(true)} messages/s; ` +
    `a 500-character draft, screen included, median ${times[100]!.toFixed(2)} ms, p99 ${times[198]!.toFixed(2)} ms here (the phone profile's 16 ms: bench:web)`,
);
