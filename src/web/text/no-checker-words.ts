/**
 * The browser's stand-in for core/checker/word-model.ts (vite.config.ts puts it in that module's
 * place): the checker's word model (16,000 weights, about 75 KB gzip) stays on the server and in
 * the CLI, and the browser reads with the families and the small model of model-en.ts, which fit
 * the text layer's 80 KB (scripts/check-bundle.mjs).
 */
export const wordReading = (_normalized: string, _familyFeatures: readonly string[]): null => null;
