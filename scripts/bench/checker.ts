// npm run bench:checker — quality of the message checker on its labelled corpus (dev and the
// held-out fifth, reported separately), accuracy by kind, two sentiment baselines, and speed.
import fs from 'node:fs';
import path from 'node:path';
import { checkMessage } from '../../src/core/checker/check.ts';
import type { MessageKind } from '../../src/core/checker/lexicon-en.ts';
import { screenText } from '../../src/core/safety/screen.ts';

type Row = {
  id: number;
  split: 'dev' | 'heldout';
  kind: MessageKind;
  needy: boolean;
  text: string;
  reason: string;
};
const file = path.resolve(import.meta.dirname, '../../tests/fixtures/checker/messages.jsonl');
const rows: Row[] = fs
  .readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

type Predict = (row: Row) => boolean;

function scores(set: Row[], predict: Predict) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const r of set) {
    const p = predict(r);
    if (p && r.needy) tp++;
    else if (p && !r.needy) fp++;
    else if (!p && r.needy) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return {
    n: set.length,
    precision,
    recall,
    f1,
    falseAlarm: fp / (fp + tn || 1),
    accuracy: (tp + tn) / set.length,
  };
}

const fmt = (x: number) => x.toFixed(2);
const line = (name: string, s: ReturnType<typeof scores>) =>
  `${name.padEnd(34)} n=${String(s.n).padStart(3)}  P=${fmt(s.precision)} R=${fmt(s.recall)} F1=${fmt(s.f1)}  false alarms=${(s.falseAlarm * 100).toFixed(1)}%  accuracy=${fmt(s.accuracy)}`;

const checker: Predict = (r) => checkMessage(r.text, { kind: r.kind }).needy;
const dev = rows.filter((r) => r.split === 'dev');
const heldout = rows.filter((r) => r.split === 'heldout');

console.log(
  `Corpus: ${rows.length} messages (${rows.filter((r) => r.needy).length} needy), ${heldout.length} held out.\n`,
);
console.log(line('checker, dev', scores(dev, checker)));
const held = scores(heldout, checker);
console.log(line('checker, held-out', held));
console.log(
  `  budget on held-out: F1 >= 0.90 ${held.f1 >= 0.9 ? 'ok' : 'NOT MET'}; false alarms <= 10% ${held.falseAlarm <= 0.1 ? 'ok' : 'NOT MET'}`,
);
for (const kind of ['first_text', 'reply', 'draft', 'letter'] as const) {
  console.log(
    line(
      `  accuracy by kind: ${kind}`,
      scores(
        rows.filter((r) => r.kind === kind),
        checker,
      ),
    ),
  );
}

// Baselines a developer might reach for: "negative sentiment = needy".
const baselines: [string, Predict][] = [];
try {
  const { default: Sentiment } = await import('sentiment');
  const sentiment = new Sentiment();
  baselines.push(['baseline: sentiment (AFINN) < 0', (r) => sentiment.analyze(r.text).score < 0]);
} catch {
  console.log('  (the sentiment package is not installed; baseline skipped)');
}
try {
  const vader = await import('vader-sentiment');
  const analyzer = (vader.default ?? vader).SentimentIntensityAnalyzer;
  baselines.push([
    'baseline: vader compound < -0.05',
    (r) => analyzer.polarity_scores(r.text).compound < -0.05,
  ]);
} catch {
  console.log('  (the vader-sentiment package is not installed; baseline skipped)');
}
for (const [name, predict] of baselines) console.log(line(`${name}, held-out`, scores(heldout, predict)));

// The safety screen on its own labelled set: self-harm and abuse, against ordinary heartbreak
// and figures of speech that must not alarm.
type SafetyRow = { text: string; selfHarm: boolean; abuse: boolean };
const safetyRows: SafetyRow[] = fs
  .readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/safety/messages.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
console.log(`\nSafety screen: ${safetyRows.length} texts.`);
for (const flag of ['selfHarm', 'abuse'] as const) {
  const positives = safetyRows.filter((r) => r[flag]);
  const negatives = safetyRows.filter((r) => !r[flag]);
  const recall = positives.filter((r) => screenText(r.text)[flag]).length / positives.length;
  const falseAlarm = negatives.filter((r) => screenText(r.text)[flag]).length / negatives.length;
  console.log(
    `${flag.padEnd(9)} recall=${recall.toFixed(2)} (target 0.95${recall >= 0.95 ? ', ok' : ', NOT MET'})  false alarms=${(falseAlarm * 100).toFixed(1)}% (target 5%${falseAlarm <= 0.05 ? ', ok' : ', NOT MET'})  n+=${positives.length} n-=${negatives.length}`,
  );
}

// Speed on one core: typical 1–3 sentence texts, and a 2,000-word letter.
const texts = rows.filter((r) => r.kind !== 'letter').map((r) => r.text);
for (let i = 0; i < 2000; i++) checkMessage(texts[i % texts.length]!, { kind: 'first_text' }); // warm up
const times: number[] = [];
const started = performance.now();
let count = 0;
while (performance.now() - started < 2000) {
  const t0 = performance.now();
  checkMessage(texts[count % texts.length]!, { kind: 'first_text' });
  times.push(performance.now() - t0);
  count++;
}
const elapsed = (performance.now() - started) / 1000;
times.sort((a, b) => a - b);
const p99 = times[Math.floor(times.length * 0.99)]!;
console.log(
  `\nspeed: ${Math.round(count / elapsed).toLocaleString('en')} messages/s (budget 20,000), p99 ${(p99 * 1000).toFixed(0)} µs per message`,
);
const letter = Array.from({ length: 100 }, (_, i) => rows.filter((r) => r.kind === 'letter')[i % 10]!.text)
  .join(' ')
  .split(/\s+/)
  .slice(0, 2000)
  .join(' ');
const lt: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  checkMessage(letter, { kind: 'letter' });
  lt.push(performance.now() - t0);
}
lt.sort((a, b) => a - b);
console.log(`2,000-word letter: median ${lt[25]!.toFixed(2)} ms (budget 5 ms)`);
