/**
 * The apology letter's live checklist (METHOD.md §2). Each item ticks when the text covers it,
 * with the matching words as character offsets so the editor can highlight them. It is a
 * suggestion, never a block. Patterns run on the original text, case-insensitively.
 */
import type { FamilyId } from '../checker/families-en.ts';
import { firedFamilies, spansOf } from '../checker/features.ts';
import { normalizeText } from '../text/normalize.ts';

export type Span = { start: number; end: number };
export type LetterItem = { id: LetterItemId; label: string; met: boolean; spans: Span[] };
export type LetterWarning = { id: 'begging' | 'demanding' | 'blaming'; note: string; spans: Span[] };
export type LetterCheck = { items: LetterItem[]; warnings: LetterWarning[]; covered: number };

export type LetterItemId =
  | 'responsibility'
  | 'honest'
  | 'not_again'
  | 'regret'
  | 'sorry'
  | 'understand_anger'
  | 'hope_forgiveness';

const a = "['’]"; // straight or curly apostrophe

const items: { id: LetterItemId; label: string; patterns: RegExp[] }[] = [
  {
    id: 'responsibility',
    label: 'Takes responsibility for your part',
    patterns: [
      /\b(?:my (?:fault|part|mistake|doing|responsibility))\b/gi,
      /\bI take (?:full )?responsibility\b/gi,
      /\bI was (?:wrong|unfair|selfish|cruel|careless)\b/gi,
      new RegExp(`\\bI (?:should(?:n${a}t| not) have|hurt you|let you down|blamed you)\\b`, 'gi'),
    ],
  },
  {
    id: 'honest',
    label: 'Is honest about what happened',
    patterns: [
      /\b(?:honest(?:ly)?|the truth is|truthfully|to be (?:fair|clear))\b/gi,
      new RegExp(`\\bI${a}ve (?:thought|been thinking) (?:a lot )?about\\b`, 'gi'),
    ],
  },
  {
    id: 'not_again',
    label: 'Says it will not happen again',
    patterns: [
      new RegExp(
        `\\b(?:won${a}t|will not|would not|wouldn${a}t) (?:ever )?(?:happen|do (?:that|it)|end things like that) again\\b`,
        'gi',
      ),
      /\bnever (?:again|do (?:that|it) again)\b/gi,
      new RegExp(`\\bI${a}(?:m|ve been) (?:working on|changing|learning)\\b`, 'gi'),
    ],
  },
  {
    id: 'regret',
    label: 'Says you regret ending it and that it was a mistake',
    patterns: [
      /\bregret\w*/gi,
      /\b(?:a|my|big|huge|terrible) mistake\b/gi,
      new RegExp(`\\bI wish I had(?:n${a}t| not)\\b`, 'gi'),
    ],
  },
  {
    id: 'sorry',
    label: 'Says you are sorry if you hurt them',
    patterns: [
      /\b(?:I am|I['’]m|I'm so|I am so|truly|deeply|really) sorry\b/gi,
      /\bsorry\b/gi,
      /\bapologi[sz]e\b/gi,
    ],
  },
  {
    id: 'understand_anger',
    label: 'Understands if they are angry or hurt',
    patterns: [
      /\b(?:understand|get it) if you(?:['’]re| are)? (?:angry|upset|hurt|mad|disappointed)\b/gi,
      /\byou (?:have|had) every right\b/gi,
      new RegExp(`\\byou${a}re (?:probably )?(?:angry|hurt|upset)\\b`, 'gi'),
    ],
  },
  {
    id: 'hope_forgiveness',
    label: 'Hopes for forgiveness, and accepts they may not forgive',
    patterns: [
      /\bforgiv\w*/gi,
      /\b(?:whatever you decide|if you (?:can|cannot|can['’]t|don['’]t)|I(?:['’]ll| will) (?:accept|respect))\b/gi,
    ],
  },
];

/**
 * What would make the letter ask for something back, read by the checker's own concept families
 * (one rulebook: the letter and the checker never disagree on the same sentence, and "I am not
 * expecting a reply" is no demand in either).
 */
const warnings: { id: LetterWarning['id']; note: string; families: FamilyId[] }[] = [
  {
    id: 'begging',
    note: 'This reads as begging. A letter that pleads puts all the weight on them; say what you owe, then let it rest.',
    families: ['begging'],
  },
  {
    id: 'blaming',
    note: 'This turns to what they did, or adds a "but" to the apology, so it reads as a defence. Keep the letter about your part.',
    families: ['non_apology', 'blame', 'guilt', 'contempt'],
  },
  {
    id: 'demanding',
    note: 'This asks for an answer. After the letter the ball is in their court: no deadline, no request to reply.',
    families: ['request_you', 'pressure_reply', 'urgency', 'apology_asks'],
  },
];

/** "not", "n't", "never" in the few words before, within the sentence: "it wasn't all my fault". */
const negatedBefore = /(?:\b(?:not|never|no)|n['’]t)\s+(?:[^\s.!?]+\s+){0,2}$/i;

function find(text: string, patterns: RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (negatedBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** @example checkLetter('I am sorry. It was my fault.').covered → 2 */
export function checkLetter(text: string): LetterCheck {
  const checked = items.map(({ id, label, patterns }) => {
    const spans = find(text, patterns);
    return { id, label, met: spans.length > 0, spans };
  });
  const fired = new Set(firedFamilies(normalizeText(text)));
  const found = warnings
    .filter((w) => w.families.some((f) => fired.has(f)))
    .map(({ id, note, families }) => ({
      id,
      note,
      spans: families.flatMap((f) => spansOf(f, text)).sort((x, y) => x.start - y.start),
    }));
  return { items: checked, warnings: found, covered: checked.filter((i) => i.met).length };
}
