// L2-regularised logistic regression over binary features, by plain gradient descent: what
// `npm run train:tone` and `npm run train:safety` both learn their small word models with.
import type { LinearModel } from '../../src/core/text/linear-model.ts';

export type TrainOptions = {
  l2: number;
  epochs: number;
  /** A feature must occur in at least this many examples to be learned. */
  minCount: number;
  /** Weights smaller than this are dropped (the model ships in the browser). */
  minWeight: number;
};

/** Learns a model from each example's features and whether it is positive. */
export function trainLinear(
  examples: readonly { features: readonly string[]; positive: boolean }[],
  { l2, epochs, minCount, minWeight }: TrainOptions,
): LinearModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const x = examples.map((e) =>
    e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const y = examples.map((e) => (e.positive ? 1 : 0));
  const w = new Float64Array(vocab.length);
  let b = 0;
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(vocab.length);
    let gb = 0;
    for (let i = 0; i < x.length; i++) {
      let z = b;
      for (const j of x[i]!) z += w[j]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      gb += err;
      for (const j of x[i]!) grad[j]! += err;
    }
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (grad[j]! / x.length + l2 * w[j]!);
    b -= rate * (gb / x.length);
  }
  const weights = new Map<string, number>();
  vocab.forEach((f, j) => {
    const v = Math.round(w[j]! * 100) / 100;
    if (Math.abs(v) >= minWeight) weights.set(f, v);
  });
  return { bias: Math.round(b * 100) / 100, threshold: 0.5, weights };
}
