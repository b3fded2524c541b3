/**
 * What the checker's model sees of a message: which concept families fired (families-en.ts),
 * what kind of message it is (a logistics message is recognised from its words when the kind
 * says only "reply" or "first text"), its length and questions, the moment (late at night, a
 * second text while the first is unanswered), and its meaningful words (`wordFeatures`). Never
 * greetings, function words or texting style on their own: the round-one model learned "hi" and
 * "the" from the people who wrote its corpus.
 */
import { stem, words } from '../text/linear-model.ts';
import { type Family, type FamilyId, families, familyById } from './families-en.ts';

/** The kinds of message the checker reads differently. */
export const messageKinds = ['draft', 'first_text', 'reply', 'letter', 'logistics', 'boundary'] as const;
export type MessageKind = (typeof messageKinds)[number];

export type FeatureContext = { kind: MessageKind; lateNight: boolean; doubleText: boolean };
export type Reading = {
  /** The kind the message is read as (`logistics` when a reply is about pick-ups and keys). */
  kind: MessageKind;
  fired: FamilyId[];
  features: string[];
};

const needyFamilies = new Set(families.filter((f) => !f.calm).map((f) => f.id));
const wordCount = (normalized: string) => normalized.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;

/** A "not", "don't", "no need to"… in the few words before cancels a sign ("I don't need you to reply"). */
const negationBefore =
  /\b(?:not|no|never|don't|do not|doesn't|didn't|won't|wouldn't|isn't|wasn't|aren't|without|no need to)\s+(?:\S+\s+){0,3}$/;
/** The words before a match, back to the start of its sentence (a negation does not cross one). */
function before(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 40), index);
  const end = Math.max(
    window.lastIndexOf('.'),
    window.lastIndexOf('!'),
    window.lastIndexOf('?'),
    window.lastIndexOf('\n'),
  );
  return window.slice(end + 1);
}
const everywhere = new Map(families.map((f) => [f.id, new RegExp(f.pattern.source, `${f.pattern.flags}g`)]));

/** Where a family's words occur in a text passed through `normalizeText`, not negated; -1 if nowhere. */
function positionOf(family: Family, normalized: string): number {
  if (!family.pattern.test(normalized)) return -1;
  if (family.calm) return normalized.search(family.pattern);
  const pattern = everywhere.get(family.id)!;
  pattern.lastIndex = 0;
  for (const m of normalized.matchAll(pattern)) {
    if (!negationBefore.test(before(normalized, m.index))) return m.index;
  }
  return -1;
}

/**
 * Lower case with the same length as the input, so a match's offsets point into the original:
 * characters whose lower case is longer ("İ") are left as they are; curly apostrophes straightened.
 */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch === '\u2019' || ch === '\u2018' ? "'" : ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/**
 * Where a family's words stand in the original text, as typed (offsets into it), not negated.
 * Texting forms the normaliser spells out ("u", "ur") are not found here: the family still
 * counts, it just points at no words.
 */
export function spansOf(id: FamilyId, text: string): { start: number; end: number }[] {
  const folded = foldCase(text);
  const family = familyById.get(id)!;
  const pattern = everywhere.get(id)!;
  pattern.lastIndex = 0;
  const spans: { start: number; end: number }[] = [];
  for (const m of folded.matchAll(pattern)) {
    if (!family.calm && negationBefore.test(before(folded, m.index))) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (m.index + m[0].length > start) spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The normaliser keeps two of a stretched letter ("pleaseee" → "pleasee", so "too" survives);
 * the few words people stretch most are brought back to their own spelling here.
 */
const stretched: Record<string, string> = {
  youu: 'you',
  soo: 'so',
  pleasee: 'please',
  babyy: 'baby',
  babee: 'babe',
  heyy: 'hey',
  hii: 'hi',
  sorryy: 'sorry',
  whyy: 'why',
  noo: 'no',
  pls: 'please',
  plss: 'please',
  missss: 'miss',
  lovee: 'love',
  uu: 'you',
};
const unstretch = (normalized: string) => normalized.replace(/\b[a-z]+\b/g, (w) => stretched[w] ?? w);

/** Families whose words occur in a text passed through `normalizeText` (needy ones not negated). */
export function firedFamilies(normalizedText: string): FamilyId[] {
  return firedIn(unstretch(normalizedText));
}

function firedIn(unstretched: string): FamilyId[] {
  const fired: FamilyId[] = [];
  for (const family of families) if (positionOf(family, unstretched) >= 0) fired.push(family.id);
  return fired;
}

/**
 * The kind a message is read as: one that says only "reply", "first text" or "draft" but is about
 * pick-ups, documents or schedules, and does none of the relationship's work, is logistics.
 */
export function readKind(kind: MessageKind, fired: readonly FamilyId[]): MessageKind {
  if (kind === 'letter' || kind === 'logistics' || kind === 'boundary') return kind;
  if (!fired.includes('logistics')) return kind;
  // "Can you pick them up at 3?" is a request, and still logistics; a deadline is not.
  const heavy = fired.filter((id) => needyFamilies.has(id) && id !== 'request_you');
  return heavy.length === 0 ? 'logistics' : kind;
}

function lengthBucket(words: number): string {
  if (words <= 3) return 'len:1-3';
  if (words <= 12) return 'len:4-12';
  if (words <= 40) return 'len:13-40';
  if (words <= 100) return 'len:41-100';
  return 'len:100+';
}

/**
 * Greetings, names for people, question words, days, the words that only hold a sentence
 * together (auxiliaries too), bare negations and texting style ("lol", a kiss): not evidence on their own (the
 * round-one model learned "hi" and "the" from its writers; who or when a message is about says
 * nothing of how it is said), so they count only inside a pair with a word that means something
 * ("miss you", "dont leave", "who _ with"). Numbers are never evidence alone either.
 */
const notEvidence = new Set(
  (
    'hi hey hello hiya heya yo morning evening the a an and or but so to of in on at for with is are ' +
    'was were be been it its this that these those i im ive id me my you your youre we our they ' +
    'them their he she his her him just really very no not dont cant wont isnt wasnt didnt doesnt ' +
    'arent never dad mum mom father mother kids children son daughter who what why how when where ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight x xx lol haha oh ' +
    'do does did have has had can could would will should may might must am know all some any every'
  ).split(' '),
);

/** Whether a model feature is one of the message's words (`wordFeatures`), not a family or a sign. */
export const isWordFeature = (feature: string) => feature.startsWith('w:');

/**
 * The words of a message as the model weighs them (`w:` features): each word that means
 * something and its rough stem (of four letters or more), and each pair of neighbouring words, or of words one apart, where
 * at least one of the two means something. What a family cannot name, the words still can.
 */
export function wordFeatures(normalized: string): string[] {
  const ws = words(normalized);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const meaningful = !notEvidence.has(w) && !/^\d+$/.test(w);
    if (meaningful) {
      out.push(`w:${w}`);
      // A stem of three letters or fewer joins too much ("~mis": missing, miss).
      const root = stem(w);
      if (root.length >= 4 && root !== w) out.push(`w:~${root}`);
    }
    const next = ws[i + 1];
    if (next !== undefined && (meaningful || !notEvidence.has(next))) out.push(`w:${w} ${next}`);
    const after = ws[i + 2];
    if (after !== undefined && (meaningful || !notEvidence.has(after))) out.push(`w:${w} _ ${after}`);
  }
  return out;
}

/**
 * The features of one message. `normalized` is `normalizeText(text)`; `text` the original (for
 * question marks, capitals and emoji, which normalising keeps or changes).
 *
 * @example readFeatures('hey', 'hey', { kind: 'first_text', lateNight: false, doubleText: false }).features
 *   → ['f:bare_opener', 'k:first_text', 'len:1-3', …]
 */
export function readFeatures(text: string, normalized: string, context: FeatureContext): Reading {
  const unstretched = unstretch(normalized);
  const fired = firedIn(unstretched);
  const kind = readKind(context.kind, fired);
  const features = fired.map((id) => `f:${id}`);
  const words = wordCount(normalized);
  features.push(lengthBucket(words));
  // What a family means depends on the kind: "call me" is pressure in a first text, fine about a
  // pick-up. A draft is a message of no stated kind, so it adds nothing of its own.
  if (kind !== 'draft') {
    features.push(`k:${kind}`, `${kind}×${lengthBucket(words)}`);
    for (const id of fired) features.push(`${kind}×${id}`);
  }
  const questions = (text.match(/\?+/g) ?? []).length;
  if (questions >= 1) features.push(questions >= 3 ? 'q:3+' : questions === 2 ? 'q:2' : 'q:1');
  if ((text.match(/!/g) ?? []).length >= 3) features.push('exclaim:3+');
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length >= 8 && upper / letters.length >= 0.6) features.push('shouting');
  const needy = fired.filter((id) => needyFamilies.has(id)).length;
  // How many signs of need, whichever they are: a family too rare in the corpus to earn a weight
  // of its own still counts through these.
  features.push(needy >= 3 ? 'needy:3+' : `needy:${needy}`);
  if (context.lateNight) features.push('ctx:late');
  if (context.doubleText) features.push('ctx:double');
  features.push(...wordFeatures(unstretched));
  return { kind, fired, features };
}
