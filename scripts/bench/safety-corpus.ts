// The safety corpus (tests/fixtures/safety/corpus-*.jsonl), split by source: every row of one
// public page falls in the same split, and the held-out pages were chosen by hash and frozen
// before the screen was tuned (heldout-sources.json). Shared by bench:safety and its CI floor.
import fs from 'node:fs';
import path from 'node:path';

export type SafetyRow = {
  text: string;
  label: 'self_harm' | 'abuse' | 'none';
  category: string;
  source: string;
  register: string;
  /** Which file it came from: the near misses of each file test that file's flag. */
  file: 'self-harm' | 'abuse';
  split: 'dev' | 'heldout';
};

const dir = path.resolve(import.meta.dirname, '../../tests/fixtures/safety');

export function loadSafetyCorpus(): SafetyRow[] {
  const heldout = new Set<string>(
    JSON.parse(fs.readFileSync(path.join(dir, 'heldout-sources.json'), 'utf8')).sources,
  );
  // corpus-self-harm.jsonl, corpus-abuse.jsonl, and later additions such as corpus-abuse-2.jsonl.
  const files = fs.readdirSync(dir).filter((f) => /^corpus-(?:self-harm|abuse)(?:-\d+)?\.jsonl$/.test(f));
  return files.sort().flatMap((name) => {
    const file: SafetyRow['file'] = name.startsWith('corpus-self-harm') ? 'self-harm' : 'abuse';
    return fs
      .readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const row = JSON.parse(l) as Omit<SafetyRow, 'file' | 'split'>;
        return { ...row, file, split: heldout.has(row.source) ? 'heldout' : 'dev' } as SafetyRow;
      });
  });
}

/** Wilson score interval for k of n at 95%. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator)];
}
