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
    out.push(w, `~${stem(w)}`);
    if (i + 1 < ws.length) out.push(`${w} ${ws[i + 1]}`);
    if (i + 2 < ws.length) out.push(`${w} _ ${ws[i + 2]}`);
  }
  return out;
}

/**
 * A word's rough stem: a common English ending taken off (-ing, -ed, -es, -s, -ly), then a doubled
 * last consonant ("stabb") and a final e ("lov"). Short words lose letters too ("he" → "h", "she" →
 * "sh"): measured by cross-validation, the stems of "he", "she" and "me" carry who did what to
 * whom, which the function-word filter takes out of the words themselves. Crude on purpose: it only has to send the forms
 * of one word to one key, the same way when learning and when reading.
 */
export function stem(word: string): string {
  return word
    .replace(/(?:ing|ed|es|s|ly)$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1')
    .replace(/e$/, '');
}

/** The model's probability for a text passed through `normalizeText`. */
export function probabilityOf(normalized: string, model: LinearModel): number {
  let z = model.bias;
  for (const feature of new Set(features(words(normalized)))) z += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
