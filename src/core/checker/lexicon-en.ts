/**
 * English lexicon of the message checker. Patterns run on a lower-cased copy of the text with the
 * same length (so offsets point into the original), and allow for texting style: "u", "ur",
 * "pls", stretched letters ("pleaseee"), missing apostrophes. Another language is another file.
 */
export type FindingKind =
  | 'begging'
  | 'neediness'
  | 're_apology'
  | 'guilt'
  | 'anger'
  | 'pressure'
  | 'relationship_talk'
  | 'date_ask'
  | 'heavy'
  | 'length'
  | 'questions'
  | 'double_text'
  | 'late_night'
  /** No single phrase, but the words together (the tone model, text/linear-model.ts). */
  | 'tone';

export type StrengthKind =
  | 'brief'
  | 'friendly'
  | 'easy_question'
  | 'casual_invite'
  | 'light_memory'
  | 'no_pressure';

export type MessageKind = 'first_text' | 'reply' | 'letter' | 'draft';

export type Rule = {
  kind: FindingKind;
  weight: number;
  pattern: RegExp;
  note: string;
  /** A "not", "don't"… in the few words before cancels it ("I don't need you to reply"). */
  negatable?: boolean;
  /** Only in these kinds of message (default: all). */
  only?: MessageKind[];
};

const you = '(?:yo+u+|u+|ya|yu)';
const your = "(?:your|ur|you're|youre)";
const im = "(?:i'?m|i am)";
const ill = "(?:i'?ll|i will)";
const cant = "(?:can'?t|cannot|can not)";
const dont = "(?:don'?t|do not)";
const please = '(?:ple+a+s+e+|pl[sz]+|plea+se+)';

const rx = (source: string) => new RegExp(source, 'g');

export const rules: Rule[] = [
  {
    kind: 'begging',
    weight: 40,
    pattern: rx(
      `\\b(?:${please},? (?:come back|take me back|give (?:me|us) (?:another|one more|a second|a) chance|${dont} (?:leave|go|do this)|just (?:talk|answer|come)|i'?m begging)|come back to me|take me back|${ill} do anything|${ill} change,? i promise|${im} begging|i beg (?:you|u)|${cant} live without ${you}|${dont} leave me|give (?:me|us) (?:another|one more|a second) chance|i'?m nothing without ${you}|${ill} change|(?:just )?one (?:more )?chance|that'?s all i'?m asking)\\b`,
    ),
    note: 'This reads as pleading. It hands them all the power and makes it harder for them to say yes.',
  },
  {
    kind: 'begging',
    weight: 20,
    pattern: rx(`\\b${please}\\b[^.!?]{0,60}\\b${please}\\b`),
    note: '"Please" more than once sounds like begging.',
  },
  {
    kind: 'neediness',
    weight: 30,
    pattern: rx(
      `\\b(?:i (?:miss|need|want) ${you} (?:so (?:so )?much|more than|like crazy|every (?:day|second))|i need ${you}(?: back)?|i (?:${cant}|can'?t) stop thinking about ${you}|i (?:${cant}|can'?t) (?:sleep|eat|breathe|function)|${im} (?:lost|broken|falling apart|a mess) without ${you}|i (?:still )?love ${you} so much|i (?:think|keep thinking|thought) about ${you} (?:all the time|every|constantly)|(?:i )?(?:${cant}|can'?t) stop thinking about ${you}|without ${you}|(?:i'?ve been|i'?m|been|i was) (?:a mess|crying|so lonely|struggling|going crazy|miserable|devastated|falling apart)|(?:been |i'?m |was )?waiting for ${you}|i miss (?:waking|everything|the way|us|${your}))\\b`,
    ),
    note: 'This tells them how much you need them. Neediness lowers your standing; calm raises it.',
    negatable: true,
  },
  {
    kind: 'neediness',
    weight: 22,
    pattern: rx(
      `\\b(?:i miss ${you}|i miss us|miss ${you}|ily|i love ${you}|love ${you}|i still love ${you}|${you} mean everything)\\b`,
    ),
    note: 'Saying you miss or love them is heavy this early; let it wait until they are close again.',
    negatable: true,
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 'pressure',
    weight: 35,
    pattern: rx(
      `\\b(?:answer (?:me|my (?:texts?|messages?|calls?))|(?:${please} )?(?:reply|respond|answer) (?:to me|me|now|asap|already|please|${please})|${please},? (?:reply|respond|answer|text me|call me)|text me back|call me back|write back|why (?:won'?t|wont|aren'?t|arent|don'?t|dont|are ${you} not|do ${you} not) ${you} (?:answer|reply|respond|text|talk|pick up)|(?:are|r) ${you} (?:ignoring|avoiding) me|i need an answer|i deserve an answer|${you} (?:have|got) until|last chance|if ${you} (?:${dont}|don'?t|won'?t|wont)|or else|(?:call|text) me (?:now|asap|tonight|right now)|(?:answer|pick up) (?:the|your) phone|we need to talk|i'?m waiting|why are ${you} not (?:answering|replying|talking)|not answering|(?:meet|see ${you}|come over) tonight)\\b`,
    ),
    note: 'This pushes for an answer. Pressure makes people pull away; leave room for them to choose.',
    negatable: true,
  },
  {
    kind: 'guilt',
    weight: 28,
    pattern: rx(
      `\\b(?:${you} (?:ruined|destroyed|broke) (?:everything|my life|me|us)|how could ${you}|after everything (?:i (?:did|gave|have done))?|${you} owe me|${you} never (?:cared|loved|listened|tried)|${you} always (?:do|did|make|made|ruin)|it'?s (?:all )?${your} fault|${you} (?:did|do) this to me|${you} made me|hope ${you}'?re happy now|${you} (?:left|abandoned) me|${you} (?:broke my heart|lied|cheated)|${you} have no idea what|why are ${you} doing this|${you} (?:replaced|forgot) me|happy now)\\b`,
    ),
    note: 'This blames them. Guilt trips bring back the fights you are trying to leave behind.',
    negatable: true,
  },
  {
    kind: 'anger',
    weight: 32,
    pattern: rx(
      `\\b(?:stupid|idiot|selfish|liar|pathetic|bitch|asshole|bastard|jerk|coward|heartless|hate ${you}|screw ${you}|f+u+c+k+(?:ing)?|wtf|shut up|go to hell|whatever,? bye|${you} deserve (?:it|this)|hope ${you} (?:feel (?:as )?(?:terrible|awful|bad)|suffer))\\b`,
    ),
    note: 'Angry words close the door. Write them here to get them out, and send something calm, or nothing.',
    negatable: true,
  },
  {
    kind: 'anger',
    weight: 18,
    pattern: rx('(?:!{3,}|\\?{3,}|[!?]{4,}|(?:\\?!|!\\?){2,})'),
    note: 'Strings of "!!!" or "???" read as shouting.',
  },
  {
    kind: 're_apology',
    weight: 18,
    pattern: rx(
      `\\b(?:${im} (?:so |really |truly )?sorry|sorry (?:for|about) (?:everything|what i did|how i|the way)|i apologi[sz]e|forgive me|i was wrong)\\b`,
    ),
    note: 'You have apologised already. Apologising again now reopens the breakup instead of starting something new.',
    only: ['first_text', 'reply'],
  },
  {
    kind: 'relationship_talk',
    weight: 25,
    pattern: rx(
      `\\b(?:get back together|getting back together|back together|give (?:us|it|this) (?:another|one more|a second) (?:chance|try|go)|try again|(?:our|the) relationship|what we had|where (?:we|this) stand|(?:the|our) breakup|why (?:did ${you}|${you}) (?:leave|break up|end it|dump)|(?:do|did) ${you} (?:still |even |ever )?(?:love|miss|think about|care about) me|(?:do|did) ${you} (?:even |still )?care|is there (?:someone|somebody|anyone) else|(?:is|was) (?:she|he) better than me|are ${you} happy with (?:her|him|them)|(?:about|for|between) us|break(?:ing)? up|broke up|i know ${you} still|stop pretending|be together again|(?:us|we) (?:belong|should be) together|are ${you} seeing (?:someone|anyone))\\b`,
    ),
    note: 'This is relationship talk. In a first message keep it light; that conversation comes much later.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 'date_ask',
    weight: 15,
    pattern: rx(
      `\\b(?:(?:a|on a|our) date|romantic|candlelit|dinner (?:date|together)|just the two of us|(?:spend|stay) the night|come (?:over|home) tonight|anniversary)\\b`,
    ),
    note: 'This sounds like a date. A first meeting works better as something casual, as friends.',
    only: ['first_text'],
  },
  {
    kind: 'heavy',
    weight: 22,
    pattern: rx(
      `\\b(?:soul ?mate|(?:the )?love of my life|meant to be|my everything|forever and ever|${ill} (?:always|never stop) lov(?:e|ing) ${you}|the one for me|no one (?:else )?will ever|i'?ll wait forever|my heart (?:is|was) (?:broken|shattered)|heartbroken|(?:no ?one|nobody) (?:else )?will ever|good morning (?:beautiful|gorgeous|babe|baby)|my love|like old times)\\b`,
    ),
    note: 'Heavy words weigh on a light message. Keep it easy for them to answer.',
    only: ['first_text', 'reply', 'draft'],
  },
];

/** Further phrasings of the same families, written against the dev split only. */
rules.push(
  {
    kind: 'neediness',
    weight: 30,
    pattern: rx(
      `\\b(?:(?:staring at|checking) (?:my|the) phone|hoping ${you}'?d (?:text|call|write)|everything reminds me of ${you}|${cant} (?:handle (?:it|this)|let go|get over ${you})|keep replaying|(?:my whole world|everything) fell apart|thinking (?:of|about) ${you} (?:constantly|all the time|every|so much)|i need to (?:see|hear|talk to) ${you}|when can (?:i|we) see (?:${you}|each other))\\b`,
    ),
    note: 'This tells them how much you need them. Neediness lowers your standing; calm raises it.',
    negatable: true,
  },
  {
    kind: 'begging',
    weight: 40,
    pattern: rx(
      `\\b(?:${please},? come home|let me fix (?:it|this|us|things)|(?:willing|ready) to (?:change|do) (?:anything|everything)|letting ${you} go was)\\b`,
    ),
    note: 'This reads as pleading. It hands them all the power and makes it harder for them to say yes.',
  },
  {
    kind: 'relationship_talk',
    weight: 25,
    pattern: rx(
      `\\b(?:go back to (?:how|the way) (?:things|it|we) (?:were|was)|(?:hope|do) ${you} (?:ever )?(?:think|thought) (?:of|about) (?:me|us)|letting ${you} go|mistake (?:letting|leaving|losing))\\b`,
    ),
    note: 'This is relationship talk. In a first message keep it light; that conversation comes much later.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 'heavy',
    weight: 22,
    pattern: rx(
      `\\b(?:the only one (?:for me|i want|i love)|(?:nobody|no one) (?:gets|knows|loves?) me like|never love anyone (?:else|like))\\b`,
    ),
    note: 'Heavy words weigh on a light message. Keep it easy for them to answer.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 'guilt',
    weight: 28,
    pattern: rx(
      `(?:\\bwhy are ${you} being so \\w+|\\bafter all this time\\b|\\bso that'?s it\\?|\\bjust get to move on\\b|\\bdon'?t (?:${you} )?dare\\b|\\bignor(?:e|ing) me\\b)`,
    ),
    note: 'This blames them. Guilt trips bring back the fights you are trying to leave behind.',
  },
);

/** More of the same families: asking past their wishes, waiting, bargaining, checking on them. */
rules.push(
  {
    kind: 'neediness',
    weight: 30,
    pattern: rx(
      `\\b(?:i (?:really |just |so )?need to (?:see|hear (?:from )?|talk (?:to|with)) ${you}|${ill} (?:be )?wait(?:ing)? (?:for ${you}|forever|as long)|as long as it takes|${im} not going anywhere|(?:saw|seen|see|checked) ${your} (?:story|stories|posts?|pics|pictures|photos|profile))\\b`,
    ),
    note: 'This tells them how much you need them. Neediness lowers your standing; calm raises it.',
    negatable: true,
  },
  {
    // "Not okay without you" says it through the negation, so it is not negatable.
    kind: 'neediness',
    weight: 30,
    pattern: rx(
      `\\b(?:not|n'?t) (?:ok(?:ay)?|fine|alright|all right|the same|whole|myself|happy) without ${you}\\b`,
    ),
    note: 'This tells them how much you need them. Neediness lowers your standing; calm raises it.',
  },
  {
    kind: 'begging',
    weight: 40,
    pattern: rx(
      `\\b(?:${dont} give up on (?:us|me|this)|tell me what (?:i (?:need|have) to|to) (?:change|do|fix)|i'?ll change (?:it|anything|everything|whatever))\\b`,
    ),
    note: 'This reads as pleading. It hands them all the power and makes it harder for them to say yes.',
  },
  {
    kind: 'pressure',
    weight: 35,
    pattern: rx(
      `\\b(?:(?:call|text) me (?:when ${you} (?:get|see) this|as soon as)|it'?s (?:really |very |so )?(?:important|urgent)|(?:and|then) ${ill} leave ${you} alone|tell me ${you} (?:${dont}|don'?t) (?:love|miss|want|care)|(?:said|need|needed|asked for|wanted) (?:some )?space,? but|can i (?:come over|come see ${you}|stop by))\\b`,
    ),
    note: 'This pushes for an answer. Pressure makes people pull away; leave room for them to choose.',
    negatable: true,
  },
  {
    kind: 'guilt',
    weight: 28,
    pattern: rx(
      `\\b(?:how (?:can|could) ${you} (?:throw|walk|give|just|forget|do)|i (?:mean|meant) nothing to ${you}|${you}'?re (?:fine|happy|doing (?:fine|great|well)|better off) without me|why did ${you} (?:unfollow|block|unfriend|delete|mute|ignore) me|what did i do)\\b`,
    ),
    note: 'This blames them. Guilt trips bring back the fights you are trying to leave behind.',
    negatable: true,
  },
  {
    kind: 'relationship_talk',
    weight: 25,
    pattern: rx(
      `\\b(?:we (?:were|are) (?:so )?(?:good|great|perfect|happy|meant|right) (?:together|for each other)|(?:throw|throwing|walk|walking) (?:away|away from) (?:us|this|what we|everything|that)|had something (?:special|real|good|beautiful|amazing)|(?:any|a) chance (?:for|of) (?:us|me|getting)|(?:go|going|get) back to (?:how|the way|what) (?:things|it|we|they|everything) (?:were|was|had))\\b`,
    ),
    note: 'This is relationship talk. In a first message keep it light; that conversation comes much later.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 're_apology',
    weight: 18,
    pattern: rx(`\\b(?:sorry again|keep (?:saying (?:sorry|it)|apologi[sz]ing)|(?:so |really ){2,}sorry)\\b`),
    note: 'You have apologised already. Apologising again now reopens the breakup instead of starting something new.',
    only: ['first_text', 'reply', 'draft'],
  },
);

/** The indirect ways of saying the same: fishing for feelings, holding on, counting, sulking. */
rules.push(
  {
    kind: 'neediness',
    weight: 30,
    pattern: rx(
      `\\b(?:(?:dreamt|dreamed|dreaming) (?:about|of) ${you}|i miss (?:this|it|us|everything|that) so much|not that ${im} counting|(?:weeks?|days?|months?) and \\d+ (?:days?|hours?)|${cant} lose ${you}|sleep (?:in|with) (?:it|${your} \\w+)|(?:hold|kiss|hug) ${you} (?:one more time|again)|(?:she|he|they) miss(?:es)? ${you} too)\\b`,
    ),
    note: 'This tells them how much you need them. Neediness lowers your standing; calm raises it.',
    negatable: true,
  },
  {
    kind: 'heavy',
    weight: 22,
    pattern: rx(
      `\\b(?:${ill} always be (?:here|there) for ${you}|our song|(?:first|last) thing i think (?:about|of)|(?:give|trade) anything (?:to|for))\\b`,
    ),
    note: 'Heavy words weigh on a light message. Keep it easy for them to answer.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    kind: 'relationship_talk',
    weight: 25,
    pattern: rx(
      `\\b(?:wonder(?:ing)? if ${you} (?:ever |still )?(?:think|thought|miss|missed)|(?:what if|maybe|could) we (?:tried|try|gave it|give it|start) (?:again|another|over)|tried again|can we (?:at least |still )?be friends)\\b`,
    ),
    note: 'This is relationship talk. In a first message keep it light; that conversation comes much later.',
    only: ['first_text', 'reply', 'draft'],
  },
  {
    // Sulking says it through "don't care", so it is not negatable.
    kind: 'guilt',
    weight: 28,
    pattern: rx(
      `\\b(?:i (?:${dont}|don'?t) care anymore|clearly ${you} (?:${dont}|don'?t)|hope (?:she|he|they) makes? ${you} happy|good for ${you},? i guess|${you} (?:seem|look|sound) (?:really |so )?(?:fine|happy|good|great|better) without me|(?:do|did) ${you} (?:even )?(?:remember|know) what (?:today|tomorrow|this week) is|(?:my|${your}) (?:mom|mum|mother|dad|family|sister|brother|friends?) (?:keeps? asking|asks|asked) about ${you})\\b`,
    ),
    note: 'This blames them. Guilt trips bring back the fights you are trying to leave behind.',
  },
);

export type StrengthRule = { kind: StrengthKind; pattern: RegExp; note: string };

export const strengthRules: StrengthRule[] = [
  {
    kind: 'friendly',
    pattern: rx(
      `\\b(?:hey|hi|hello|hope ${you}(?:'?re| are)? (?:doing )?(?:well|good|ok)|hope (?:things|all|life) (?:is|are) good)\\b`,
    ),
    note: 'A friendly opening.',
  },
  {
    kind: 'easy_question',
    pattern: rx(
      `\\b(?:how (?:are|r) ${you}|how(?:'?s| is| has| have) (?:it|things|work|life|the|${your}|you been)|how (?:did|was) (?:the|${your})|what(?:'?s| is) new)\\b`,
    ),
    note: 'An easy question they can answer without thinking.',
  },
  {
    kind: 'casual_invite',
    pattern: rx(
      `\\b(?:coffee|catch up|as friends|grab (?:a )?(?:drink|bite|lunch)|mini ?golf|sometime|some time|if ${you}(?:'?re| are) (?:up for|free|around))\\b`,
    ),
    note: 'A casual, low-pressure invitation.',
  },
  {
    kind: 'light_memory',
    pattern: rx(
      `\\b(?:reminded me of|remember (?:when|that)|thought of ${you} when|made me laugh|saw (?:this|that))\\b`,
    ),
    note: 'A light, good memory.',
  },
  {
    kind: 'no_pressure',
    pattern: rx(
      `\\b(?:no pressure|no need to (?:reply|answer)|whenever ${you}|in ${your} own time|no rush|totally fine if not)\\b`,
    ),
    note: 'Room for them to choose.',
  },
];

/** Words that negate what follows within a few words. */
export const negation =
  /\b(?:not|no|never|don'?t|do not|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t|aren'?t|without)\s+(?:\S+\s+){0,3}$/;

export const limits = {
  /** A first message should be a couple of short sentences. */
  firstTextWords: 40,
  firstTextSentences: 3,
  replyWords: 80,
  questions: 3,
  briefWords: 25,
} as const;
