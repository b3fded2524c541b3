import { AnchorIndex } from '../text/anchors.ts';
import { normalizeText } from '../text/normalize.ts';
import { type AbuseFamily, abuseConcepts, abuseFigures } from './abuse-en.ts';
import { abuseNegationBefore, agentBefore, hypotheticalBefore, negationBefore } from './concepts-en.ts';
import {
  type Concept,
  recovery,
  type SelfHarmTier,
  selfHarmConcepts,
  selfHarmFigures,
} from './self-harm-en.ts';
import { mendSpelling } from './spelling.ts';
import { abuseWordsHear, selfHarmWordsHear } from './word-models.ts';

/**
 * The version of what the screen recognises. Signals record it; when it changes, every stored
 * text is screened again in the background (server: features/safety/rescreen.ts).
 */
export const detectorVersion = 7;

export type SafetySignals = { selfHarm: boolean; abuse: boolean };
/** What was recognised, by concept: the self-harm tier and the abuse family (null: none). */
export type SafetyReading = {
  selfHarm: SelfHarmTier | 'overall' | null;
  abuse: AbuseFamily | 'overall' | null;
};
export type { AbuseFamily, SelfHarmTier };

/**
 * The safety screen every text in Rekindle passes through (every free text a person writes).
 * `selfHarm`: signs of suicidal thinking or self-harm → help at once, and a gentle question.
 * `abuse`: signs the writer was hurt, threatened, controlled or stalked → help, and a question.
 *
 * @example screenText('he threatened me when I wanted to leave') → { selfHarm: false, abuse: true }
 */
export function screenText(text: string): SafetySignals {
  return screenNormalized(normalizeText(text));
}

/** `screenText` for a text already passed through `normalizeText` (the checker shares it). */
export function screenNormalized(normalized: string): SafetySignals {
  const reading = readNormalized(normalized);
  return { selfHarm: reading.selfHarm !== null, abuse: reading.abuse !== null };
}

/** What the screen recognised in a text, by tier and family. */
export function readText(text: string): SafetyReading {
  return readNormalized(normalizeText(text));
}

/**
 * The concepts first, clause by clause; where they find nothing, a small word model per flag
 * (learned from the dev split of the corpus, function words left out) weighs the whole text, and a
 * finding of its own is `overall`. The word models run on the server (and the CLI); the browser's
 * build leaves them out to fit the text layer's budget (src/web/text/no-word-models.ts), so there
 * the concepts alone answer while someone types, and the server's reading follows on saving.
 */
export function readNormalized(normalized: string): SafetyReading {
  const kept = recent.get(normalized);
  if (kept) return kept;
  const reading = readWhole(normalized);
  if (reading.selfHarm !== null && isRecoveryStory(normalized)) reading.selfHarm = null;
  // The composer screens the same draft for its crisis card and for the checker on each keystroke.
  if (recent.size >= 16) recent.delete(recent.keys().next().value!);
  recent.set(normalized, reading);
  return reading;
}

/** Self-harm told as a past the writer has come through (self-harm-en.ts, `recovery`). */
function isRecoveryStory(normalized: string): boolean {
  if (!recovery.past.test(normalized) || !recovery.wellNow.test(normalized)) return false;
  if (recovery.pullingBack.test(normalized)) return false;
  // The screen's clauses, and "now" starts one too: "I used to be proud, now I want to die".
  return clausesOf(normalized)
    .flatMap((clause) => clause.split(/,? \bnow\b,? /))
    .every((clause) => recovery.past.test(clause) || readWhole(clause).selfHarm === null);
}

/** The concepts, then the word models, over the whole text. */
function readWhole(normalized: string): SafetyReading {
  const views = textsFor(normalized);
  let { selfHarm, abuse } = readConcepts(views);
  // The self-harm word model weighs words, not who did what: "he choked me" is abuse the concepts
  // already named, not a sign the writer means to hurt themselves (their own words would be).
  if (selfHarm === null && abuse === null && selfHarmWordsHear(views.selfHarm)) selfHarm = 'overall';
  if (abuse === null && abuseWordsHear(views.abuse)) abuse = 'overall';
  return { selfHarm, abuse };
}

/** The last few readings, by normalized text: the same words are not read twice in a row. */
const recent = new Map<string, SafetyReading>();

/**
 * What the screen reads, for each flag: the normalized text with misspellings mended and that
 * flag's figures of speech taken out (the word models learn from the same views).
 */
export function textsFor(normalized: string): { selfHarm: string; abuse: string } {
  const mended = mendSpelling(normalized);
  return {
    selfHarm: withoutFigures(mended, selfHarmFigures),
    abuse: withoutFigures(mended, abuseFigures),
  };
}

/** The concepts alone, without the word models (which `npm run train:safety` learns beside them). */
export function readConcepts(views: { selfHarm: string; abuse: string }): SafetyReading {
  return {
    selfHarm: firstConcept(views.selfHarm, clausesOf(views.selfHarm), selfHarmConcepts, false),
    abuse: firstConcept(
      views.abuse,
      clausesOf(views.abuse).filter((clause) => !aboutAStory.test(clause)),
      abuseConcepts,
      true,
    ),
  };
}

/**
 * A clause about a film, a book, a course or the news tells someone else's story, and so does one
 * about a friend's partner ("my best mate's ex stalked her"), unless the writer is in it too.
 */
const aboutAStory =
  /\b(?:film|movie|documentary|podcast|seminar|lecture|case study|novel|tv show|article|the news|true crime|crime drama|audiobook|netflix series|watching a|watched a|books? about|psych module|module on|coursework|essay on|assignment on|training on)\b|\bmy (?:best |close |old )?(?:friend|friends|mate|mates|colleague|coworker|flatmate|roommate)'?s? (?:ex|partner|boyfriend|girlfriend|husband|wife|bf|gf)\b(?![^.!?]*\b(?:me|my)\b)/;

/**
 * Sentences, with "but"/"though" starting a new clause: "he never hit me, but I was scared of
 * him" holds a denial and a signal, and the denial must not cancel the signal.
 */
function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;\n]+|,? \b(?:but|although|except|however|yet|whereas)\b,? |,? (?<!\beven )\bthough\b,? /)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * The text with each figure of speech replaced in turn. Only figures whose anchors occur run; a
 * replacement changes the text, so the anchors are looked for again after one.
 */
function withoutFigures(text: string, figures: readonly RegExp[]): string {
  const index = anchorIndexOf(figures);
  let out = text;
  let marks = index.candidates(out);
  for (let i = 0; i < figures.length; i++) {
    if (marks[i] === 0) continue;
    const figure = figures[i]!;
    figure.lastIndex = 0;
    const replaced = out.replace(figure, ' ~ ');
    if (replaced !== out) {
      out = replaced;
      marks = index.candidates(out);
    }
  }
  return out;
}

/**
 * The first concept found in any clause. Each concept is first tried on the whole text (most do
 * not occur at all, and a plain test is the cheapest way to say so), then clause by clause, where
 * a negation, a hypothetical or a missing subject just before the match cancels it. A concept none
 * of whose anchors (literal words every match holds) is in the text is skipped without running.
 */
function firstConcept<Tier extends string>(
  text: string,
  clauses: readonly string[],
  concepts: readonly Concept<Tier>[],
  guardHypothetical: boolean,
): Tier | null {
  const marks = anchorIndexOf(concepts).candidates(text);
  for (let i = 0; i < concepts.length; i++) {
    if (marks[i] === 0) continue;
    const concept = concepts[i]!;
    const re = concept.re;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    for (const clause of clauses) {
      re.lastIndex = 0;
      for (let match = re.exec(clause); match; match = re.exec(clause)) {
        if (match[0] === '') re.lastIndex++;
        const before = clause.slice(Math.max(0, match.index - 80), match.index);
        if (concept.needsAgent && !agentBefore.test(before)) continue;
        if (concept.negatable !== false && negationBefore.test(before)) continue;
        // Abuse (the hypothetical guard's reader) also takes a denial further back, and lists.
        if (guardHypothetical && concept.negatable !== false && abuseNegationBefore.test(before)) continue;
        if (guardHypothetical && concept.negatable !== false && hypotheticalBefore.test(before)) continue;
        return concept.tier;
      }
    }
  }
  return null;
}

const anchorIndexes = new WeakMap<readonly (Concept<string> | RegExp)[], AnchorIndex>();

/** The anchors of a list of concepts or figures, found once: most need not run on a given text. */
function anchorIndexOf(list: readonly (Concept<string> | RegExp)[]): AnchorIndex {
  let index = anchorIndexes.get(list);
  if (!index) {
    index = new AnchorIndex(list.map((x) => (x instanceof RegExp ? x : x.re)));
    anchorIndexes.set(list, index);
  }
  return index;
}

const warmUpText = 'i went for a walk today, twice round the park, and felt a bit better';

/**
 * The screen's expressions, one step each, so the browser can compile them a few at a time while
 * idle (the server runs them all before it listens): the first reading of a text compiles every expression (most of a second on a slow
 * phone), and each is compiled again to machine code on its second use.
 */
export function warmUpSteps(): (() => void)[] {
  const all = [...selfHarmConcepts, ...abuseConcepts].map((c) => c.re).concat(selfHarmFigures, abuseFigures);
  const mender = () => void mendSpelling(warmUpText);
  const indexes = [selfHarmConcepts, abuseConcepts, selfHarmFigures, abuseFigures].map(
    (list) => () => void anchorIndexOf(list),
  );
  return [mender, ...indexes].concat(
    all.map((re) => () => {
      for (let i = 0; i < 2; i++) {
        re.lastIndex = 0;
        re.test(warmUpText);
      }
    }),
  );
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
