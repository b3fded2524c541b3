import { isWordFeature } from './features.ts';

/**
 * The checker's model: a logistic weighing of the features of a message (features.ts), learned
 * by `npm run train:checker` from the dev sites of the corpus, with two thresholds chosen there:
 * from `thinkTwiceAt` a message is worth a second look, from `rewriteAt` it would likely hurt.
 */
export type CheckerModel = {
  bias: number;
  thinkTwiceAt: number;
  rewriteAt: number;
  /** The most the words (`w:` features) may move the reading, either way: words are noisy alone. */
  wordCap: number;
  weights: ReadonlyMap<string, number>;
};

/**
 * A model's weights from their packed form: one per line, "feature|weight in tenths"
 * ("w:miss you|7" is `w:miss you` at 0.7).
 */
export function unpackWeights(packed: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const line of packed.split('\n')) {
    const bar = line.lastIndexOf('|');
    if (bar < 0) continue;
    const weight = Number(line.slice(bar + 1)) / 10;
    if (bar === 0 || !Number.isFinite(weight)) throw new Error(`A packed weight is not one: ${line}`);
    weights.set(line.slice(0, bar), weight);
  }
  return weights;
}

/** The probability that sources would call a message with these features needy. */
export function needProbability(features: readonly string[], model: CheckerModel): number {
  let z = model.bias;
  let words = 0;
  for (const f of features) {
    const w = model.weights.get(f) ?? 0;
    if (isWordFeature(f)) words += w;
    else z += w;
  }
  z += Math.max(-model.wordCap, Math.min(model.wordCap, words));
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed the reading up, strongest first. */
export function weighing(
  features: readonly string[],
  model: CheckerModel,
): { feature: string; weight: number }[] {
  return features
    .map((feature) => ({ feature, weight: model.weights.get(feature) ?? 0 }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}
