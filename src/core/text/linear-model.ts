/**
 * A small logistic model over words, word pairs and stems, the safety screen's second opinion
 * beside its concepts (`npm run train:safety`, learned from the dev split of its corpus only). It
 * weighs the whole text, so what it finds points at no particular words.
 */
export type LinearModel = { bias: number; threshold: number; weights: ReadonlyMap<string, number> };

/** The words of a text already passed through `normalizeText`, apostrophes dropped. */
export function words(normalized: string): string[] {
  const out: string[] = [];
  for (const match of normalized.matchAll(/[\p{L}\p{N}']+/gu)) {
    const word = match[0].replaceAll("'", '');
    if (word) out.push(word);
  }
  return out;
}

/**
 * The features of a text: each word, each pair of neighbouring words ("miss you"), each pair one
 * word apart ("hit _ again" from "hit me again"), and each word's rough stem ("~cut" from
 * "cutting", "cuts", "cut"), so what was learned from one form of a phrase reaches its others.
 */
export function features(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const root = stem(w);
    out.push(w);
    if (root) out.push(`~${root}`);
    if (i + 1 < ws.length) out.push(`${w} ${ws[i + 1]}`);
    if (i + 2 < ws.length) out.push(`${w} _ ${ws[i + 2]}`);
  }
  return out;
}

/**
 * A word's rough stem: a common English ending taken off (-ing, -ed, -es, -s, -ly), then a doubled
 * last consonant ("stabb") and a final e ("lov"). Short words lose letters too ("he" → "h"); a word
 * that is all ending ("s", "ed") has no stem. Crude on purpose: it only has to send the forms
 * of one word to one key, the same way when learning and when reading.
 */
export function stem(word: string): string {
  return word
    .replace(/(?:ing|ed|es|s|ly)$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1')
    .replace(/e$/, '');
}

type Entry = { weight: number; next?: Map<string, number>; skip?: Map<string, number> };
const indexes = new WeakMap<LinearModel, Map<string, Entry>>();

/**
 * The weights by first word ("~" stems are words here), so a pair is looked up without building
 * its string unless the model knows it. Built once per model.
 */
function indexOf(model: LinearModel): Map<string, Entry> {
  const index = indexes.get(model);
  if (index) return index;
  const built = new Map<string, Entry>();
  const entry = (word: string) => {
    const found = built.get(word);
    if (found) return found;
    const made: Entry = { weight: 0 };
    built.set(word, made);
    return made;
  };
  for (const [feature, weight] of model.weights) {
    const parts = feature.split(' ');
    const e = entry(parts[0]!);
    if (parts.length === 1) e.weight = weight;
    else if (parts.length === 2) {
      e.next ??= new Map();
      e.next.set(parts[1]!, weight);
    } else {
      e.skip ??= new Map();
      e.skip.set(parts[2]!, weight);
    }
  }
  indexes.set(model, built);
  return built;
}

/** Stems of the words met lately: the same words come back text after text. */
const stems = new Map<string, string>();
function stemKey(word: string): string {
  let key = stems.get(word);
  if (key === undefined) {
    if (stems.size >= 20_000) stems.clear();
    key = `~${stem(word)}`;
    stems.set(word, key);
  }
  return key;
}

/**
 * The model's probability for a text passed through `normalizeText`: the bias and the weight of
 * each feature of `features` present (once, however often it occurs), and of each `extra` feature
 * read from the same text elsewhere (the checker's families).
 */
export function probabilityOf(normalized: string, model: LinearModel, extra: readonly string[] = []): number {
  const index = indexOf(model);
  const ws = words(normalized);
  const counted = new Set<string>();
  let z = model.bias;
  const count = (key: string, weight: number) => {
    if (counted.has(key)) return;
    counted.add(key);
    z += weight;
  };
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i]!;
    const key = stemKey(word);
    const stemmed = index.get(key);
    if (stemmed?.weight) count(key, stemmed.weight);
    const e = index.get(word);
    if (!e) continue;
    if (e.weight) count(word, e.weight);
    const next = ws[i + 1];
    const pair = next === undefined ? undefined : e.next?.get(next);
    if (pair !== undefined) count(`${word} ${next}`, pair);
    const after = ws[i + 2];
    const skip = after === undefined ? undefined : e.skip?.get(after);
    if (skip !== undefined) count(`${word} _ ${after}`, skip);
  }
  for (const feature of extra) {
    const weight = model.weights.get(feature);
    if (weight !== undefined) count(feature, weight);
  }
  return 1 / (1 + Math.exp(-z));
}
