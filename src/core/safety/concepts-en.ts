/**
 * English word families the safety screen builds its concepts from, as regular-expression
 * sources over normalized text (see text/normalize.ts). A concept is "who did what to whom"
 * (abuse) or a tier of thinking about death (self-harm); these families are its parts.
 */

/** `(?:a|b|c)` from words or sources. */
export const alt = (...items: string[]) => `(?:${items.join('|')})`;

/** Up to `n` words, none of them a negation or a clause break. */
export const gap = (n: number) => String.raw`(?:(?!(?:not|never|no|n't)\b)[\w'-]+ ){0,${n}}`;

/** People close to the writer whom an ex may also target. */
export const closeOnes = alt(
  'kids',
  'children',
  'child',
  'son',
  'daughter',
  'baby',
  'family',
  'parents',
  'mum',
  'mom',
  'mam',
  'dad',
  'sister',
  'brother',
  'friends?',
  'best friend',
  'mates?',
);

export const pets = alt(
  'dog',
  'dogs',
  'cat',
  'cats',
  'puppy',
  'kitten',
  'pet',
  'pets',
  'rabbit',
  'bunny',
  'bird',
  'hamster',
  'horse',
  'guinea pig',
  'fish',
);

const partnerNouns = alt(
  'ex',
  'ex[- ]?(?:partner|boyfriend|girlfriend|husband|wife|spouse|fiance|fiancee)',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'spouse',
  'fiance',
  'fiancee',
  'fiancé',
  'fiancée',
  'other half',
  'man',
  'lover',
  'baby daddy',
  'baby mama',
  "kids' (?:dad|mum|mom|father|mother)",
);

/** Someone close enough to abuse: a pronoun, "my ex", or a first name (any other single word). */
const notAnAgent = alt(
  'i',
  'we',
  'you',
  'it',
  'this',
  'that',
  'what',
  'which',
  'who',
  'life',
  'reality',
  'nobody',
  'everyone',
  'everybody',
  'somebody',
  'someone',
  'something',
  'nothing',
  'karma',
  'news',
  'song',
  'music',
  'wave',
  'truth',
  'realisation',
  'realization',
  'grief',
  'loneliness',
  'sadness',
  'depression',
  'anxiety',
  'pain',
  'memory',
  'memories',
  'thought',
  'thoughts',
  'car',
  'bus',
  'ball',
  'door',
  'boss',
  'friends?',
  'mates?',
  'family',
  'parents',
  'mum',
  'mom',
  'dad',
  'sister',
  'brother',
  'kids',
  'colleagues?',
  'coworkers?',
  'people',
  'dog',
  'cat',
  'teacher',
  'coach',
  'therapist',
  'doctor',
  'and',
  'but',
  'so',
  'then',
  'when',
  'if',
  'because',
  'just',
  'also',
  'still',
  'ever',
  'even',
  'never',
  'not',
  'always',
);
export const agent = alt(
  'he',
  'she',
  'they',
  "he'd",
  "she'd",
  "they'd",
  "he's",
  "she's",
  "they're",
  "they've",
  "he'll",
  "she'll",
  "they'll",
  String.raw`(?:my|the|our) ${partnerNouns}`,
  partnerNouns,
  String.raw`(?!${notAnAgent}\b)[a-z][a-z'-]{1,15}`,
);

/** Adverbs and auxiliaries between a subject and its verb ("he would often", "she once"). */
export const aux = String.raw`(?:${alt(
  'would',
  "'d",
  'will',
  'used to',
  'kept',
  'keeps',
  'keep',
  'once',
  'twice',
  'even',
  'also',
  'then',
  'just',
  'literally',
  'actually',
  'still',
  'often',
  'sometimes',
  'constantly',
  'always',
  'repeatedly',
  'basically',
  'physically',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
  'started to',
  'started',
  'began to',
  'began',
  'tried to',
  'tries to',
  'try to',
  'wanted to',
  'wants to',
  'was',
  'is',
  'are',
  'were',
  'got',
  'gets',
  'finally',
  'suddenly',
  'really',
  'only',
  'ever',
  'already',
  'again',
  'one night',
  'one time',
  'that night',
  'last night',
  'last week',
  'yesterday',
  'once again',
  'would always',
  'could',
  'can',
  'might',
  'may',
  'should',
  'never',
  'allegedly',
  'apparently',
  "'s",
  "'ve",
  'been',
  '[a-z]+ly',
)} ){0,3}`;

/** The writer, or someone or something of theirs, as the one an act is done to. */
export const me = String.raw`(?:me|myself|us|my (?:[\w'-]+ ){0,2}?\w+)`;

/** Negations that cancel a following statement, allowing a few function words between. */
export const negationBefore =
  /(?:\bnot|\bnever|n't|\bno longer|\bnor|\bno|\bwithout|\bzero|\bno intention of|\bno plans? (?:to|of)|≠|\b(?:ask|asked|asks|asking|wonder|wondered|wondering) (?:me )?(?:if|whether) i(?:'m| am| was|'d| had| have)?)\s*(?:(?:having|had|had any|have had|thoughts? of|thoughts? about|thought about|thought of|considered|intention of|intention to|plans to|plan to|urge to|urges to|any|had to|have to|has to|needed to|got to|really|even|ever|actually|just|honestly|seriously|once|physically|going to|planning to|trying to|thinking of|thinking about|want to|wanting to|be|been|feel|feeling|felt|am|do|would|will|intend to|about to|to|the type to|the kind to|someone who|somebody who|one to|that|so|too|a|an|ever once|in any way|at all)\s+){0,3}$/;

/** "If he ever…", "what if she…": hypotheticals that do not report something that happened. */
export const hypotheticalBefore =
  /\b(?:if|what if|in case|imagine|suppose|whether|unless|would never|wouldn't ever|god forbid|heard that|read that|a film where|in the movie|in the book|the show)\b[^,]{0,60}$/;

/** A subject that can abuse, with its auxiliaries, right before an act ("my ex would always "). */
export const agentBefore = new RegExp(String.raw`\b${agent} ${aux}$`);

/**
 * For abuse, a denial reaches further: "he never once checked up on", and lists ("he never hit me
 * or threatened me", "she didn't read my texts or track me") deny each act in them.
 */
export const abuseNegationBefore =
  /(?:(?:\bnot|\bnever|n't|\bnor|\bwithout)\s+(?:(?!(?:and|but|then|so|until|till)\b)[\w']+\s+){0,4}|\b(?:not once|never once|at no point|no one ever|nobody ever)\b[^.!?;,]{0,50}|\b(?:never|n't|not once)\b[^.!?;]{0,80}\b(?:or|nor)\s+(?:[\w']+\s+){0,3})$/;
