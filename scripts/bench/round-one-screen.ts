// The safety screen as round one shipped it (git 795d96c: src/core/safety/lexicon-en.ts and
// screen.ts, joined), kept only as a baseline for npm run bench:safety. Not used by the app.
import { normalizeText } from '../../src/core/text/normalize.ts';

/**
 * English patterns for the safety screen, matched on normalized text (see text/normalize.ts).
 * Another language is another file of this shape, not new code.
 *
 * Recall matters more than precision here: a false alarm shows a list of helplines, a miss
 * leaves someone alone. Figures of speech that must not alarm are listed as exceptions.
 */
type SafetyLexicon = {
  selfHarm: RegExp[];
  selfHarmExceptions: RegExp[];
  abuse: RegExp[];
  /** A negation just before an abuse phrase ("he never hit me") cancels it. */
  negations: RegExp;
};

const partner = `(?:he|she|they|him|her|them|my ex|my partner|my boyfriend|my girlfriend|my husband|my wife)`;
/** Up to two words between the person and the verb ("he once hit me"), but never a negation. */
const filler = String.raw`(?:(?!never |not |no )\w+ ){0,2}`;

const lexiconEn: SafetyLexicon = {
  selfHarm: [
    /\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting) myself\b/,
    /\bself[- ]?harm/,
    /\bsuicid/,
    /\bend(?:ing)? (?:my life|it all|things|everything)\b/,
    /\btake my (?:own )?life\b/,
    /\b(?:want|wanted|wanting|going|ready) to die\b/,
    /\bwish (?:i was|i were|i'd|i had) (?:dead|never (?:been )?born)\b/,
    /\b(?:don't|do not|no longer) want to (?:live(?! (?:in|with|near|at|there|abroad|alone)\b)|be alive|be here|exist|wake up)\b/,
    /\bnot want to (?:live(?! (?:in|with|near|at|there|abroad|alone)\b)|be alive|be here|exist)\b/,
    /\bno (?:reason|point) (?:to |in )?(?:live|living|going on|keep going)\b/,
    /\bnothing (?:left )?to live for\b/,
    /\bbetter off (?:dead|without me|if i (?:was|were) (?:dead|gone))\b/,
    /\b(?:can't|cannot) (?:go on|keep going|do this anymore|live like this|live without)\b/,
    /\boverdose\b/,
    /\b(?:pills|bridge|rope) (?:and|to) end\b/,
    /\b(?:not (?:be|being)|won't be|will not be|not going to be) around (?:anymore|any more|much longer|for much longer)\b/,
    /\b(?:isn't|is not|not) worth living\b/,
    /\bnever wake up\b/,
    /\bstop existing\b/,
    /\b(?:take|taking|took|swallow\w*) all (?:my |the |those )?pills\b/,
    /\bmy (?:own )?funeral\b/,
    /\b(?:want|wanna|going|ready|plan\w*) to end it\b(?! with| between| officially)/,
    /\b(?:feel like|thinking (?:of|about)) ending it\b(?! with| between)/,
    /\b(?:nobody|no one) would (?:miss|notice|care)\b/,
    /\b(?:want|wanna) to be dead\b/,
    /\bgoodbye to everyone\b/,
    /\bdisappear (?:forever|for good)\b/,
    /\bsay(?:ing)? goodbye (?:to everyone|forever)\b/,
    /\bi'm done with (?:life|living)\b/,
  ],
  selfHarmExceptions: [
    /\bdie of (?:embarrassment|shame|boredom|laughter|cuteness)\b/,
    /\bdying (?:to|for) (?:see|know|try|hear|go|meet|get|a)\b/,
    /\bdie (?:laughing|for)\b/,
    /\bto die for\b/,
    /\b(?:would|will) never (?:hurt|harm|kill) myself\b/,
    /\b(?:not|never been|not feeling) suicidal\b/,
    /\bcan't live without (?:coffee|chocolate|music|my phone|pizza)\b/,
    /\bdie (?:my|your|her|his|their) hair\b/,
    /\bcan't go on (?:a|another) (?:date|trip|holiday|vacation)\b/,
  ],
  abuse: [
    new RegExp(
      String.raw`\b${partner} ${filler}(?:hit|hits|punched|slapped|kicked|choked|strangled|shoved|pushed|beat|beats|grabbed|bit|burned|threw (?:\w+ ){1,3}at) (?:me|my)\b`,
    ),
    new RegExp(
      String.raw`\b${partner} ${filler}(?:threatened|threatens|threaten) (?:me|to (?:kill|hurt|harm|hit|leave me|take|tell|post|share|call|report|ruin|expose|throw))\b`,
    ),
    new RegExp(
      String.raw`\b${partner} ${filler}(?:intimidated|raped|assaulted|stalked|stalks|forced) (?:me|my|to)\b`,
    ),
    new RegExp(
      String.raw`\b${partner} ${filler}(?:controlled|controls|isolated|monitored|tracked|followed|took|takes|checked|checks|went through|goes through|read|reads) (?:me|my|who|what|where|when|how|everything)\b`,
    ),
    new RegExp(String.raw`\b(?:afraid|scared|frightened|terrified) of ${partner}\b`),
    /\b(?:physically|sexually|emotionally|verbally|financially) (?:hurt|abused|abusive|assaulted)\b/,
    /\b(?:abusive|abused me|abusing me|domestic (?:violence|abuse))\b/,
    /\b(?:hit|slapped|punched|choked|kicked) me\b/,
    /\bthreatened (?:me|to (?:kill|hurt|leave me|take|tell|post|share))\b/,
    /\bfeared for my (?:life|safety)\b/,
    /\b(?:didn't|did not|never|don't|do not) (?:feel|felt) safe\b/,
    /\bwalk(?:ing|ed)? on eggshells\b/,
    /\b(?:wouldn't|would not|didn't|did not) let me (?:see|go|leave|have|talk|work|use)\b/,
    /\bthrew (?:\w+ ){0,3}at me\b/,
    /\bcontrolling\b/,
    /\bkept me from (?:my|seeing|leaving|going)\b/,
    /\b(?:broke|smashed) (?:my|things|stuff|the)\b.*\b(?:angry|rage|mad|fight)\b/,
  ],
  negations:
    /\b(?:never|not|no|didn't|did not|wasn't|was not|isn't|wouldn't|hasn't|haven't)\s+(?:\w+\s+){0,2}$/,
};

type SafetySignals = { selfHarm: boolean; abuse: boolean };

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
function screenNormalized(normalized: string, lexicon: SafetyLexicon = lexiconEn): SafetySignals {
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
