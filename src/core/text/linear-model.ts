/**
 * A small logistic model over words and word pairs, the second opinion beside phrase rules: the
 * checker's tone (`npm run train:tone`) and the safety screen's (`npm run train:safety`), each
 * learned from the dev split of its corpus only. It weighs the whole text, so what it finds points
 * at no particular words.
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

/** The features of a text: each word, and each pair of neighbouring words ("miss you"). */
export function features(ws: readonly string[]): string[] {
  return ws.flatMap((w, i) => (i + 1 < ws.length ? [w, `${w} ${ws[i + 1]}`] : [w]));
}

type Entry = { weight: number; next: Map<string, number> | undefined };
const indexes = new WeakMap<LinearModel, Map<string, Entry>>();

/** The weights by first word, so a word pair is looked up without building its string. Built once. */
function indexOf(model: LinearModel): Map<string, Entry> {
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

/** The model's probability for a text passed through `normalizeText`. */
export function probabilityOf(normalized: string, model: LinearModel): number {
  const index = indexOf(model);
  const ws = words(normalized);
  let z = model.bias;
  const counted = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i]!;
    const e = index.get(word);
    if (!e) continue;
    if (e.weight !== 0 && !counted.has(word)) {
      counted.add(word);
      z += e.weight;
    }
    const next = ws[i + 1];
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
