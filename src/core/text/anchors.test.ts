import { describe, expect, it } from 'vitest';
import { loadCheckerCorpus } from '../../../scripts/bench/checker-corpus.ts';
import { loadSafetyCorpus } from '../../../scripts/bench/safety-corpus.ts';
import { abuseConcepts, abuseFigures } from '../safety/abuse-en.ts';
import { textsFor } from '../safety/screen.ts';
import { selfHarmConcepts, selfHarmFigures } from '../safety/self-harm-en.ts';
import { AnchorIndex, anchorsOf } from './anchors.ts';
import { normalizeText } from './normalize.ts';

describe('anchors: literal strings every match holds', () => {
  it('promises a word the expression cannot do without, and nothing it can skip', () => {
    expect(anchorsOf(String.raw`\bslap(?:ped|s)? me\b`)).toEqual(['slap']);
    expect([...(anchorsOf(String.raw`\b(?:hit|punched) (?:\w+ ){0,2}me\b`) ?? [])].sort()).toEqual([
      'hit',
      'punched',
    ]);
    // An optional word is no promise; a lookahead matches nothing of its own.
    expect(anchorsOf(String.raw`(?:very )?(?=sad)\w+`)).toBeNull();
    // Each branch must promise something, or the whole promises nothing.
    expect([...(anchorsOf('pills|[a-z]+ tablets') ?? [])].sort()).toEqual([' tablets', 'pills']);
    expect(anchorsOf(String.raw`pills|\w+`)).toBeNull();
  });

  it('promises nothing it cannot read: property and code point escapes, back-references, ignored case', () => {
    for (const source of [
      String.raw`\p{L}+ing`,
      String.raw`(?<w>a)\k<w>bc`,
      String.raw`\cJabc`,
      String.raw`\u0041bc`,
    ])
      expect(() => anchorsOf(source), source).toThrow();
    const index = new AnchorIndex([/hit me/i, String.raw`\p{L}+ing`]);
    expect([...index.candidates('HIT ME and going')]).toEqual([1, 1]);
  });

  it('finds which expressions could match a text, in one pass', () => {
    const index = new AnchorIndex([String.raw`\bhit me\b`, String.raw`\bthreaten\w*`, String.raw`\w+`]);
    expect([...index.candidates('he threatened to leave')]).toEqual([0, 1, 1]);
    expect([...index.candidates('he hit me once')]).toEqual([1, 0, 1]);
    expect([...index.candidates('')]).toEqual([0, 0, 1]);
  });

  it("never skips an expression of the safety screen that matches a real person's words", () => {
    const texts = [...loadSafetyCorpus(), ...loadCheckerCorpus()]
      .filter((_, i) => i % 8 === 0)
      .map((r) => textsFor(normalizeText(r.text)));
    const lists = [
      { list: selfHarmConcepts.map((c) => c.re), view: 'selfHarm' as const },
      { list: abuseConcepts.map((c) => c.re), view: 'abuse' as const },
      { list: selfHarmFigures, view: 'selfHarm' as const },
      { list: abuseFigures, view: 'abuse' as const },
    ];
    let matches = 0;
    let skipped = 0;
    let ran = 0;
    for (const { list, view } of lists) {
      const index = new AnchorIndex(list.map((re) => re.source));
      for (const t of texts) {
        const marks = index.candidates(t[view]);
        list.forEach((re, i) => {
          re.lastIndex = 0;
          if (!re.test(t[view])) return;
          matches++;
          if (marks[i] === 0) skipped++;
        });
        ran += marks.reduce((a, b) => a + b, 0);
      }
    }
    expect(matches).toBeGreaterThan(250);
    expect(skipped).toBe(0);
    // And it is worth having: most expressions need not run on a given text.
    expect(ran / texts.length).toBeLessThan((selfHarmConcepts.length + abuseConcepts.length) / 4);
  }, 60_000);
});
