import type { LinearModel } from '../../core/text/linear-model.ts';

/**
 * The browser's stand-in for core/safety/model-weights-en.ts (vite.config.ts puts it in that
 * module's place): the safety screen in the browser reads the concepts only, and the word models
 * (about 9 KB gzip) stay on the server, which screens every text when it is written. The whole
 * text layer must fit 80 KB gzip in the browser (scripts/check-bundle.mjs). So a statement only the
 * word model would flag raises no card while it is typed, and shows help once it is saved.
 */
const never: LinearModel = { bias: -100, threshold: 1, weights: new Map() };

export const selfHarmModelEn: LinearModel = never;
export const abuseModelEn: LinearModel = never;
