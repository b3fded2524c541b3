import { probabilityOf } from '../text/linear-model.ts';
import { abuseModelEn, selfHarmModelEn } from './model-weights-en.ts';

/*
 * The safety screen's word models (learned by `npm run train:safety`), asked where the concepts
 * found nothing. The server and the CLI ask them; the browser's build puts
 * src/web/text/no-word-models.ts in this module's place (vite.config.ts), so neither the weights
 * nor the code that reads them count against the text layer's budget there.
 */

/** Whether the self-harm word model hears a sign in the text (its self-harm view). */
export const selfHarmWordsHear = (view: string) =>
  probabilityOf(view, selfHarmModelEn) >= selfHarmModelEn.threshold;

/** Whether the abuse word model hears a sign in the text (its abuse view). */
export const abuseWordsHear = (view: string) => probabilityOf(view, abuseModelEn) >= abuseModelEn.threshold;
