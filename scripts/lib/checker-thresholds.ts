// The checker's two thresholds, chosen on out-of-fold readings of dev messages (each read by a
// model that never saw its site): what `npm run train:checker` and `train:checker-words` share.

export type OutOfFold = { needy: boolean; p: number }[];

/**
 * "Think twice" where F1 and accuracy together are best; "rewrite" at least 0.15 higher, where
 * nine in ten of the messages it would catch are ones the sources call needy.
 */
export function chooseThresholds(outOfFold: OutOfFold) {
  const at = (t: number) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { needy, p } of outOfFold) {
      if (p >= t && needy) tp++;
      else if (p >= t) fp++;
      else if (needy) fn++;
    }
    const tn = outOfFold.length - tp - fp - fn;
    return {
      f1: (2 * tp) / (2 * tp + fp + fn || 1),
      accuracy: (tp + tn) / outOfFold.length,
      precision: tp / (tp + fp || 1),
    };
  };
  let thinkTwiceAt = 0.5;
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    const s = at(t);
    const b = at(thinkTwiceAt);
    if (s.f1 + s.accuracy > b.f1 + b.accuracy) thinkTwiceAt = t;
  }
  let rewriteAt = 0.9;
  for (let t = thinkTwiceAt + 0.15; t <= 0.95; t += 0.01) {
    if (at(t).precision >= 0.9) {
      rewriteAt = t;
      break;
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { thinkTwiceAt: round(thinkTwiceAt), rewriteAt: round(rewriteAt), ...at(thinkTwiceAt) };
}
