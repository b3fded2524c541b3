// The checker's corpus (tests/fixtures/checker/corpus-*.jsonl): messages written in our own words
// after examples that public pages labelled, each with the page's verdict and link. The held-out
// sites were frozen before any tuning (heldout-sources.json); everything else is dev.
import fs from 'node:fs';
import path from 'node:path';
import type { MessageKind } from '../../src/core/checker/features.ts';

export type Verdict = 'needy' | 'ok' | 'contested';
export type CorpusRow = {
  text: string;
  verdict: Verdict;
  kind: MessageKind;
  category: string;
  source: string;
  register: string;
  site: string;
  split: 'dev' | 'heldout';
};

const dir = path.resolve(import.meta.dirname, '../../tests/fixtures/checker');
export const corpusFiles = fs
  .readdirSync(dir)
  .filter((f) => /^corpus-.*\.jsonl$/.test(f))
  .sort();
export const heldoutFile = path.join(dir, 'heldout-sources.json');

export const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function loadCheckerCorpus(): CorpusRow[] {
  const held = new Set<string>(
    (JSON.parse(fs.readFileSync(heldoutFile, 'utf8')) as { hosts: string[] }).hosts,
  );
  return corpusFiles.flatMap((file) =>
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const row = JSON.parse(line) as Omit<CorpusRow, 'site' | 'split'>;
        const site = siteOf(row.source);
        return { ...row, site, split: held.has(site) ? 'heldout' : 'dev' } as CorpusRow;
      }),
  );
}
