import { probabilityOf } from '../text/linear-model.ts';
import { checkerWordsEn } from './word-model-en.ts';

/*
 * The checker's word model (learned by `npm run train:checker-words`): the families' features and
 * every word and pair the dev sites taught, weighed together, which decides "needy or not" better
 * than the families with the few words the browser has room for. The server and the CLI read with
 * it; the browser's build puts src/web/text/no-checker-words.ts in this module's place
 * (vite.config.ts), so there the small model of model-en.ts decides while someone types.
 */

/**
 * How needy the word model reads a normalized text (its words, and the features the families read
 * from it: features.ts), with its thresholds; null where the model is not there.
 */
export function wordReading(
  normalized: string,
  familyFeatures: readonly string[],
): { p: number; thinkTwiceAt: number; rewriteAt: number } | null {
  return {
    p: probabilityOf(normalized, checkerWordsEn, familyFeatures),
    thinkTwiceAt: checkerWordsEn.threshold,
    rewriteAt: checkerWordsEn.rewriteAt,
  };
}
