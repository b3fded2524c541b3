import { normalizeText } from '../text/normalize.ts';
import { lexiconEn, type SafetyLexicon } from './lexicon-en.ts';

export type SafetySignals = { selfHarm: boolean; abuse: boolean };

/**
 * The safety screen every text in Rekindle passes through (reflection, journal, drafts).
 * `selfHarm`: signs of suicidal thinking or self-harm → crisis resources at once.
 * `abuse`: signs the writer was hurt, threatened or controlled → the healing path is recommended.
 *
 * @example screenText('he threatened me when I wanted to leave') → { selfHarm: false, abuse: true }
 */
export function screenText(text: string, lexicon: SafetyLexicon = lexiconEn): SafetySignals {
  return screenNormalized(normalizeText(text), lexicon);
}

/** `screenText` for a text already passed through `normalizeText` (the checker shares it). */
export function screenNormalized(normalized: string, lexicon: SafetyLexicon = lexiconEn): SafetySignals {
  return { selfHarm: hasSelfHarm(normalized, lexicon), abuse: hasAbuse(normalized, lexicon) };
}

/** The lexicon's patterns that are applied globally, compiled once per lexicon (not per text). */
const compiled = new WeakMap<SafetyLexicon, { exceptions: RegExp[]; abuse: RegExp[] }>();
function globalPatterns(lexicon: SafetyLexicon) {
  let found = compiled.get(lexicon);
  if (!found) {
    const global = (patterns: RegExp[]) => patterns.map((p) => new RegExp(p, 'g'));
    found = { exceptions: global(lexicon.selfHarmExceptions), abuse: global(lexicon.abuse) };
    compiled.set(lexicon, found);
  }
  return found;
}

function hasSelfHarm(text: string, lexicon: SafetyLexicon): boolean {
  // Remove figures of speech first, so "I could die of embarrassment" does not alarm but a
  // real signal elsewhere in the same text still does.
  const cleaned = globalPatterns(lexicon).exceptions.reduce((t, pattern) => t.replace(pattern, ' '), text);
  return lexicon.selfHarm.some((pattern) => pattern.test(cleaned));
}

function hasAbuse(text: string, lexicon: SafetyLexicon): boolean {
  for (const pattern of globalPatterns(lexicon).abuse) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (!lexicon.negations.test(before)) return true;
    }
  }
  return false;
}

/** Screens several texts at once: a signal in any of them counts. */
export function screenTexts(texts: readonly (string | null | undefined)[]): SafetySignals {
  const signals: SafetySignals = { selfHarm: false, abuse: false };
  for (const text of texts) {
    if (!text) continue;
    const s = screenText(text);
    signals.selfHarm ||= s.selfHarm;
    signals.abuse ||= s.abuse;
  }
  return signals;
}
