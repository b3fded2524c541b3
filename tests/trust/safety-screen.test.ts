import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSafetyCorpus } from '../../scripts/bench/safety-corpus.ts';
import { screenText } from '../../src/core/safety/screen.ts';

// The floor on words no one on the team wrote: the pages listed in heldout-sources.json were set
// aside by hash before the screen was tuned (and, from 2026-12-02, a probe by a writer who never
// saw the screen), and no tuning reads their mistakes. The floors sit a few points under what
// `npm run bench:safety` measured on them (BENCHMARKS.md), so a change that makes the screen worse
// on real people's words fails here even if it looks better on dev.
const floors = { selfHarmRecall: 0.76, abuseRecall: 0.76, falseAlarms: 0.15 };

const rows = loadSafetyCorpus();
const heldout = rows.filter((r) => r.split === 'heldout');

describe('the safety screen on the frozen held-out pages', () => {
  it('keeps its held-out split as it was frozen: same pages, split by source, never by row', () => {
    const file = path.resolve(import.meta.dirname, '../fixtures/safety/heldout-sources.json');
    const sources: string[] = JSON.parse(fs.readFileSync(file, 'utf8')).sources;
    const digest = createHash('sha256')
      .update([...sources].sort().join('\n'))
      .digest('hex');
    expect(digest).toBe('04d048e9f76378e0a2f807780856ade27bf5198c33f9c671f2f039cae08db4ca');
    const splitOf = new Map<string, Set<string>>();
    for (const r of rows) splitOf.set(r.source, (splitOf.get(r.source) ?? new Set()).add(r.split));
    expect([...splitOf.values()].every((splits) => splits.size === 1)).toBe(true);
    expect(heldout.filter((r) => r.label === 'self_harm').length).toBeGreaterThanOrEqual(100);
    expect(heldout.filter((r) => r.label === 'abuse').length).toBeGreaterThanOrEqual(100);
  });

  it('finds self-harm and abuse on them above the floor, and rarely alarms on ordinary heartbreak', () => {
    const screened = heldout.map((r) => ({ r, s: screenText(r.text) }));
    const recall = (label: 'self_harm' | 'abuse') => {
      const ofLabel = screened.filter((x) => x.r.label === label);
      return (
        ofLabel.filter((x) => (label === 'self_harm' ? x.s.selfHarm : x.s.abuse)).length / ofLabel.length
      );
    };
    const ordinary = screened.filter((x) => x.r.label === 'none');
    const alarms = ordinary.filter((x) => x.s.selfHarm || x.s.abuse).length / ordinary.length;
    expect(recall('self_harm')).toBeGreaterThanOrEqual(floors.selfHarmRecall);
    expect(recall('abuse')).toBeGreaterThanOrEqual(floors.abuseRecall);
    expect(alarms).toBeLessThanOrEqual(floors.falseAlarms);
  });
});
