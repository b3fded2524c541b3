/**
 * The checker's second opinion: a small logistic model over words and word pairs, learned from
 * the dev split of the labelled corpus (`npm run train:tone` writes `tone-weights-en.ts`). The
 * phrase rules catch the needy phrasings they know; this catches the tone of ones they do not.
 * It weighs the whole message, so its finding points at no particular words.
 */
export type ToneModel = { bias: number; threshold: number; weights: ReadonlyMap<string, number> };
export type Token = { word: string; start: number; end: number };

const abbreviations: Record<string, string> = {
  u: 'you',
  ur: 'your',
  ya: 'you',
  r: 'are',
  pls: 'please',
  plz: 'please',
  ily: 'love',
  luv: 'love',
  cuz: 'because',
  bc: 'because',
  wanna: 'want',
  gonna: 'going',
};

const stretched = /(\p{L})\1{2}/u;
const stretchedAll = /(\p{L})\1{2,}/gu;

/** Words with their offsets into the text: lower case, apostrophes dropped, stretched letters squeezed. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    let raw = match[0].toLowerCase();
    if (raw.includes("'") || raw.includes('’')) raw = raw.replace(/['’]/g, '');
    if (stretched.test(raw)) raw = raw.replace(stretchedAll, '$1');
    if (!raw) continue;
    out.push({ word: abbreviations[raw] ?? raw, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** The features of a text: each word, and each pair of neighbouring words ("miss you"). */
export function features(toks: readonly Token[]): { feature: string; start: number; end: number }[] {
  const out: { feature: string; start: number; end: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push({ feature: t.word, start: t.start, end: t.end });
    const next = toks[i + 1];
    if (next) out.push({ feature: `${t.word} ${next.word}`, start: t.start, end: next.end });
  }
  return out;
}

type Entry = { weight: number; next: Map<string, number> | undefined };
const indexes = new WeakMap<ToneModel, Map<string, Entry>>();

/** The weights by first word, so a word pair is looked up without building its string. Built once. */
function indexOf(model: ToneModel): Map<string, Entry> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    const entry = (word: string) => {
      const found = index!.get(word);
      if (found) return found;
      const created: Entry = { weight: 0, next: undefined };
      index!.set(word, created);
      return created;
    };
    for (const [feature, weight] of model.weights) {
      const space = feature.indexOf(' ');
      if (space < 0) entry(feature).weight = weight;
      else {
        const e = entry(feature.slice(0, space));
        e.next ??= new Map();
        e.next.set(feature.slice(space + 1), weight);
      }
    }
    indexes.set(model, index);
  }
  return index;
}

/** The probability that the text reads as needy. */
export function toneOf(text: string, model: ToneModel): number {
  const index = indexOf(model);
  const toks = tokens(text);
  let z = model.bias;
  const counted = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i]!.word;
    const e = index.get(word);
    if (!e) continue;
    if (e.weight !== 0 && !counted.has(word)) {
      counted.add(word);
      z += e.weight;
    }
    const next = toks[i + 1]?.word;
    const w = next === undefined ? undefined : e.next?.get(next);
    if (w !== undefined) {
      const pair = `${word} ${next}`;
      if (!counted.has(pair)) {
        counted.add(pair);
        z += w;
      }
    }
  }
  return 1 / (1 + Math.exp(-z));
}
