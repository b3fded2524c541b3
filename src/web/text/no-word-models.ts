/**
 * The browser's stand-in for core/safety/word-models.ts (vite.config.ts puts it in that module's
 * place): the safety screen in the browser reads the concepts only, and the word models (about
 * 9 KB gzip, with the code that reads them) stay on the server, which screens every text when it
 * is written. The whole text layer must fit 80 KB gzip in the browser (scripts/check-bundle.mjs).
 * So a statement only the word model would flag raises no card while it is typed, and shows help
 * once it is saved.
 */
export const selfHarmWordsHear = (_view: string) => false;
export const abuseWordsHear = (_view: string) => false;
