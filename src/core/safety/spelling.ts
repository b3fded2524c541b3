import { abuseConcepts, abuseFigures } from './abuse-en.ts';
import { selfHarmConcepts, selfHarmFigures } from './self-harm-en.ts';

/**
 * Misspellings mended toward the screen's own words ("choaked" → "choked", "controling" →
 * "controlling"), so a typo does not hide what someone wrote. Only words of five letters or more
 * are mended, only toward a word the concepts use, only when exactly one such word is one edit
 * away (a letter added, dropped, changed, or two swapped), and never a word the concepts know.
 */
const minLength = 5;

let index: { known: Set<string>; near: Map<string, string | null> } | undefined;

function build() {
  const sources = [...selfHarmConcepts, ...abuseConcepts]
    .map((c) => c.re.source)
    .concat([...selfHarmFigures, ...abuseFigures].map((re) => re.source));
  const known = new Set<string>();
  // Literal words in the expressions: runs of letters not glued to an escape like \b or \w.
  for (const source of sources) for (const m of source.matchAll(/(?<![\\a-z])[a-z]{5,}/g)) known.add(m[0]);
  const near = new Map<string, string | null>();
  const add = (key: string, word: string) => {
    const seen = near.get(key);
    if (seen === undefined) near.set(key, word);
    else if (seen !== word) near.set(key, null);
  };
  for (const word of known) {
    add(word, word);
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  return { known, near };
}

function mend(word: string): string {
  index ??= build();
  if (word.length < minLength || index.known.has(word)) return word;
  const found = new Set<string>();
  const look = (key: string) => {
    const hit = index!.near.get(key);
    if (hit === null) found.add('\0');
    else if (hit !== undefined) found.add(hit);
  };
  // A letter dropped ("cuting" for "cutting") is the likeliest slip: tried alone first.
  look(word);
  if (found.size !== 1 || found.has('\0')) {
    found.clear();
    look(word);
    for (let i = 0; i < word.length; i++) look(word.slice(0, i) + word.slice(i + 1));
  }
  if (found.size !== 1) return word;
  const [only] = found;
  return only === '\0' ? word : only!;
}

/** A normalized text with misspelt words mended toward the screen's vocabulary. */
export function mendSpelling(normalized: string): string {
  return normalized.replace(/[a-z]{5,}/g, mend);
}
