/**
 * The checker's concept families, in English: what a message does (asks the ex for something,
 * talks about "us", states a need, sets a deadline, blames, compares with a new partner, invites
 * late at night, uses a pet name…) and what calm messages do (logistics, a boundary, thanks,
 * congratulations, a light memory). They run on text passed through the shared `normalizeText`
 * (lower case, "u" → "you", "dont" → "don't"), so texting style does not hide them; greetings and
 * function words are not evidence of anything on their own. The model (`model-en.ts`) weighs
 * them; each family's note is what the person reads when it counts.
 */
import { alt } from '../safety/concepts-en.ts';

export type FamilyId =
  | 'begging'
  | 'need'
  | 'love_miss'
  | 'request_you'
  | 'us_talk'
  | 'urgency'
  | 'absolutes'
  | 'reassurance'
  | 'past_question'
  | 'blame'
  | 'guilt'
  | 'anger'
  | 'new_partner'
  | 'bragging'
  | 'late_invite'
  | 'pet_name'
  | 'bare_opener'
  | 'wrong_person'
  | 'hyperbole'
  | 'changed_claim'
  | 'non_apology'
  | 'apology_asks'
  | 'pressure_reply'
  | 'contempt'
  | 'sarcasm'
  | 'threat'
  | 'messenger'
  | 'over_apology'
  | 'nostalgia'
  | 'drunk'
  | 'apology'
  | 'logistics'
  | 'boundary'
  | 'congratulations'
  | 'thanks'
  | 'light_memory'
  | 'friendly_question'
  | 'well_wishing'
  | 'no_pressure'
  | 'condolence';

export type Family = { id: FamilyId; pattern: RegExp; note: string; calm?: boolean };

const _you = "(?:you|you're|your|yourself)";
const days = alt(
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'tomorrow',
  'tonight',
);
const partner = alt(
  'boyfriend',
  'girlfriend',
  'partner',
  'man',
  'woman',
  'guy',
  'girl',
  'husband',
  'wife',
  'fiance',
  'fiancé',
  'fiancee',
  'boo',
  'bae',
  'lover',
  'date',
);
const rx = (...parts: string[]) => new RegExp(String.raw`\b(?:${parts.join('|')})\b`, 'u');

export const families: Family[] = [
  {
    id: 'begging',
    pattern: rx(
      String.raw`(?:please )?(?:come back|take me back)`,
      String.raw`(?:give|gimme) (?:me|us|this|it) (?:another|one more|a second|a last|one last|a) (?:chance|try|shot)`,
      String.raw`i'?ll do anything`,
      String.raw`i'?m begging`,
      String.raw`i beg you`,
      String.raw`(?:i )?(?:can't|cannot) live without you`,
      String.raw`don't leave me`,
      String.raw`(?:just )?one (?:more|last) chance`,
      String.raw`i'?m nothing without you`,
    ),
    note: 'This reads as pleading, which hands them all the power and makes yes harder.',
  },
  {
    id: 'need',
    pattern: rx(
      String.raw`i (?:really |still |just )?need you`,
      String.raw`i (?:can't|cannot) (?:stop thinking about|sleep|eat|function|breathe|do this|move on|get over)`,
      String.raw`i'?m (?:so )?(?:lost|broken|a mess|lonely|empty|falling apart|miserable|devastated|heartbroken|struggling)`,
      String.raw`i feel (?:so )?(?:empty|lost|lonely|broken|alone)`,
      String.raw`(?:been )?crying (?:all|every|for)`,
      String.raw`without you`,
      String.raw`i (?:just )?want (?:you|us) back`,
      String.raw`i want to be with you`,
      String.raw`you(?:'re| are) (?:my everything|the only one|all i|the love of my life|my soulmate|the one)`,
    ),
    note: 'It tells them how much you need them. Calm reads better than need.',
  },
  {
    id: 'love_miss',
    pattern: rx(
      String.raw`i (?:still |really |really really |so )?(?:miss|love) (?:you|us|your|everything|the way|waking)`,
      String.raw`miss(?:ing)? you`,
      String.raw`love you`,
      String.raw`thinking (?:about|of) (?:you|us) (?:all the time|every|constantly|nonstop|so much)`,
      String.raw`(?:can't|cannot) stop thinking`,
    ),
    note: 'Saying how much you miss or love them puts weight on them to answer in kind.',
  },
  {
    id: 'request_you',
    pattern: rx(
      String.raw`(?:call|text|answer|reply to|message|ring|see|meet|talk to|write to|unblock) me`,
      String.raw`(?:please|pls|just) (?:answer|reply|respond|pick up|write back|text back|call back)`,
      String.raw`(?:answer|reply|respond|write back|text back|call back) (?:me|to me|already|asap|now|please)`,
      String.raw`(?:i need|i want) you to`,
      String.raw`you (?:need|have|have got|got) to`,
      String.raw`you should(?:n't)? (?:have|be|call|text|come|talk|let)`,
      String.raw`(?:can|could|will|would) you (?:please |just )?(?:call|text|answer|reply|talk|meet|come|tell me|explain|give me|unblock|let me)`,
      String.raw`tell me (?:why|what|the truth|you|if|how)`,
      String.raw`why (?:won't|don't|didn't|aren't|haven't|can't) you`,
      String.raw`if you (?:actually|really|ever|even) (?:cared|loved|wanted|respected)`,
    ),
    note: 'It asks them to do something for you. A message they are free to ignore is easier to answer.',
  },
  {
    id: 'us_talk',
    pattern: rx(
      String.raw`(?:get|getting|got|be|being|come|coming) back together`,
      String.raw`(?:try|trying|give it|give us|give this) (?:again|another go|another try|one more)`,
      String.raw`(?:work|working|figure|figuring) (?:things|this|it|us) out`,
      String.raw`(?:fix|save|rebuild|repair) (?:this|us|things|what we|our)`,
      String.raw`what we (?:had|have|were|shared|could be)`,
      String.raw`our (?:relationship|love|future|story|connection|history)`,
      String.raw`(?:where|what) (?:do )?(?:we|us) stand`,
      String.raw`(?:about|talk about|discuss|miss) us`,
      String.raw`we (?:belong|were meant|are meant|should be|could be|need to talk)`,
      String.raw`(?:meant|made) (?:to be|for each other)`,
      String.raw`start (?:over|again|fresh)`,
      String.raw`(?:our|the) breakup`,
    ),
    note: 'It turns to the relationship itself. That conversation belongs later, face to face, if at all.',
  },
  {
    id: 'urgency',
    pattern: rx(
      String.raw`right now`,
      String.raw`asap`,
      String.raw`immediately`,
      String.raw`(?:tonight|today) (?:please|if you can|or|before)`,
      String.raw`before it'?s too late`,
      String.raw`(?:or|otherwise) (?:i'?ll|i will|i'?m|we'?re|it'?s) (?:done|over|gone|leaving|moving on|blocking)`,
      String.raw`(?:last|final) chance`,
      String.raw`(?:by|until|before) (?:${days}|the end of|midnight|noon)[^.?!]{0,30}\b(?:or|otherwise|else)\b`,
      String.raw`(?:i'?m|i am|i'?ll be) (?:still )?waiting`,
      String.raw`(?:waiting|wait) (?:for|on) (?:you|your|an answer|a reply)`,
      String.raw`(?:need|want) (?:an|your|a) (?:answer|reply|response|decision)`,
    ),
    note: 'It sets a clock on them. Deadlines turn a message into pressure.',
  },
  {
    id: 'absolutes',
    pattern: rx(
      String.raw`you (?:always|never|constantly)`,
      String.raw`(?:every single|every) time`,
      String.raw`(?:never|no one|nobody) (?:will|could|can) (?:ever )?(?:love|treat|know|understand)`,
      String.raw`(?:i'?ll|i will) (?:never|always|forever)`,
      String.raw`forever`,
      String.raw`(?:everything|nothing) (?:is|was|will be|reminds|feels|matters)`,
    ),
    note: '"Always", "never", "forever": absolutes make a message heavier than it needs to be.',
  },
  {
    id: 'reassurance',
    pattern: rx(
      String.raw`do you (?:still|even|ever) (?:love|miss|think|care|want|feel)`,
      String.raw`do you miss`,
      String.raw`(?:are|r) you (?:still )?(?:seeing|with|dating|happy|over me|over us|mad|angry|upset)`,
      String.raw`(?:do|did) you (?:hate|regret)`,
      String.raw`(?:is|was) (?:he|she|they) better`,
      String.raw`(?:did|do|does) (?:i|it|this|that|we) (?:mean|matter) (?:anything|nothing|something)`,
      String.raw`(?:did|do) you (?:ever )?think (?:about|of) (?:me|us)`,
      String.raw`(?:are|r) we (?:ok|okay|good|fine|cool)`,
      String.raw`(?:be honest|honestly),? (?:do|did|are|is)`,
      String.raw`i wonder (?:if|whether) you`,
      String.raw`do you (?:ever )?(?:regret|wonder|wish)`,
    ),
    note: 'It asks them to settle how you feel. That answer has to come from you.',
  },
  {
    id: 'past_question',
    pattern: rx(
      String.raw`did you (?:(?:ever|even|really|actually) ){1,2}(?:love|care|mean|want)`,
      String.raw`was (?:it|any of it|everything|all of it) (?:real|a lie|fake|for nothing)`,
      String.raw`why did you (?:leave|end|cheat|lie|do (?:that|this|it)|stop|give up|break|hurt|choose)`,
      String.raw`what (?:went wrong|did i do|happened to us)`,
      String.raw`was it (?:me|my fault|something i)`,
      String.raw`(?:i need|i want|give me|for) closure`,
      String.raw`how could you`,
      String.raw`when did you (?:stop|start|fall|know)`,
    ),
    note: 'It reopens the past and asks them to explain it. Those answers rarely help by text.',
  },
  {
    id: 'blame',
    pattern: rx(
      String.raw`(?:your|you're) (?:fault|to blame)`,
      String.raw`because of you`,
      String.raw`thanks to you`,
      String.raw`you (?:made me|ruined|destroyed|broke|wrecked|used|lied|cheated|abandoned|left me|did this|caused|screwed)`,
      String.raw`you(?:'re| are) (?:so |such a |a |being )?(?:selfish|a liar|pathetic|toxic|crazy|cruel|heartless|cold|childish|immature|narcissist|manipulative|useless|irresponsible|ridiculous|unbelievable)`,
      String.raw`typical (?:you|of you)`,
      String.raw`(?:again|once again),? you`,
      String.raw`you (?:can't|couldn't) even`,
      String.raw`(?:you|your) (?:never|always) (?:\w+ ){0,3}(?:on time|late|forget|pay|show up|listen|care|help)`,
      String.raw`you (?:don't|didn't|never) (?:tell|told|ask|asked|let|listen|help)`,
      String.raw`(?:you )?only (?:ever )?think about yourself`,
      String.raw`you twist`,
      String.raw`act(?:ing)? like (?:the|a) victim`,
      String.raw`on purpose`,
      String.raw`(?:the )?(?:whole|only|real) reason`,
      String.raw`i'?m always the one`,
      String.raw`how little (?:\w+ ){0,3}matters?`,
      String.raw`(?:matter|matters|care) to you`,
      String.raw`(?:all|it's all) (?:yours|urs|your fault|on you)`,
    ),
    note: 'It blames them. Even when it is fair, blame by text starts a fight rather than ends one.',
  },
  {
    id: 'guilt',
    pattern: rx(
      String.raw`after (?:everything|all) (?:i'?ve|i have|i|we'?ve)`,
      String.raw`(?:all|everything) i (?:did|gave|sacrificed) for you`,
      String.raw`you owe me`,
      String.raw`i hope you'?re (?:happy|proud|satisfied)`,
      String.raw`thanks for nothing`,
      String.raw`you (?:don't|didn't|never) (?:even )?care`,
      String.raw`i guess i (?:meant|mean) nothing`,
      String.raw`(?:i gave you|i wasted) (?:my|the best)`,
      String.raw`hope (?:it was|that was) worth it`,
      String.raw`you'?ll regret`,
      String.raw`(?:must be|must feel) nice`,
      String.raw`(?:the kids|our (?:son|daughter|children|kids)) (?:miss|keep asking|ask|cry|are asking)`,
    ),
    note: 'It leans on guilt. Guilt may get a reply, but not the warmth you want.',
  },
  {
    id: 'anger',
    pattern: rx(
      String.raw`fuck\w*`,
      String.raw`f+ck\w*`,
      String.raw`shit\w*`,
      String.raw`bitch\w*`,
      String.raw`asshole\w*`,
      String.raw`bastard`,
      String.raw`dick(?:head)?`,
      String.raw`screw you`,
      String.raw`(?:i )?hate you`,
      String.raw`go to hell`,
      String.raw`piece of (?:shit|work|crap)`,
      String.raw`^whatever`,
      String.raw`whatever(?=[.!?]*$)`,
      String.raw`seriously\?`,
    ),
    note: 'It sounds angry. Anger by text is read again and again, long after you have calmed down.',
  },
  {
    id: 'new_partner',
    pattern: rx(
      String.raw`(?:your|ur|the) new ${partner}`,
      String.raw`(?:is|was|does|did|do) (?:he|she|they) (?:better|prettier|hotter|make you|treat you|know|love|even)`,
      String.raw`(?:seeing|dating|with|sleeping with) (?:someone|somebody|him|her) (?:new|else|already)`,
      String.raw`(?:moved|moving) on (?:so )?(?:fast|quickly|already)`,
      String.raw`replaced me`,
      String.raw`rebound`,
      String.raw`(?:saw|seen) (?:you|your|the) (?:pics?|photos?|posts?|stor(?:y|ies)) (?:with|of)`,
      String.raw`(?:who|who's|whos) (?:is )?(?:he|she|that (?:guy|girl|man|woman))`,
      String.raw`as (?:well|good|much) as i (?:did|do|could)`,
      String.raw`(?:she|he) seems (?:nice|sweet|fun|young|great|lovely)`,
      String.raw`(?:does|do|did) (?:she|he) (?:put up|know|make|like|treat)`,
      String.raw`post(?:ing)? (?:a |pictures?|photos?|pics?)[^.?!]{0,20}\bwith (?:him|her)`,
    ),
    note: 'It brings their new life or partner into it. Comparison and jealousy rarely read well.',
  },
  {
    id: 'bragging',
    pattern: rx(
      String.raw`my new ${partner}`,
      String.raw`i'?(?:m|ve been) (?:seeing|dating|talking to) (?:someone|somebody|a (?:new )?(?:guy|girl|man|woman))`,
      String.raw`i'?ve (?:met|found) someone`,
      String.raw`(?:treats|treat) me (?:so much )?better (?:than you|now)`,
      String.raw`(?:happier|better off) (?:than ever|without you|now)`,
      String.raw`(?:just so you know|fyi),? i'?m`,
      String.raw`you'?re missing out`,
    ),
    note: 'It is written to make them feel something about your new life. They will read it that way.',
  },
  {
    id: 'late_invite',
    pattern: rx(
      String.raw`(?:you|u) up`,
      String.raw`(?:are|r) you (?:awake|up|still up|home alone|alone)`,
      String.raw`come over`,
      String.raw`(?:my|your) (?:place|bed|room)`,
      String.raw`(?:can|could) i come (?:over|by|round)`,
      String.raw`(?:miss|want|need|crave|craving) (?:your (?:body|touch|lips|kiss|kisses|smell|hands)|you (?:in|next to) (?:my|me|bed))`,
      String.raw`one (?:more|last) night`,
      String.raw`(?:hook|hooking) up`,
      String.raw`netflix and chill`,
      String.raw`(?:sexy|naked|horny|cuddle|cuddling|spoon(?:ing)?)`,
      String.raw`wyd`,
      String.raw`what (?:are )?you (?:doing|up to) (?:tonight|rn|right now|later)`,
      String.raw`(?:lonely|bored) tonight`,
    ),
    note: 'It reads as a late-night or physical invitation, and they will take it as exactly that.',
  },
  {
    id: 'pet_name',
    pattern:
      /(?:^|[\s,.!?])(?:babe|baby|babyy+|bae|honey|hun|hunny|sweetheart|sweetie|sweet ?pea|darling|darlin|my love|love you|beautiful|gorgeous|handsome|princess|boo|cutie|angel|sunshine|pumpkin|kitten|my heart|my girl|my boy|my king|my queen)(?=$|[\s,.!?])/u,
    note: 'A pet name from the relationship claims a closeness that is not there right now.',
  },
  {
    id: 'bare_opener',
    pattern:
      /^(?:h(?:e+y+|i+|ii+|ello|owdy|iya)|yo+|sup|wass?up|what'?s up|hey (?:you|stranger|there)|hi (?:you|stranger|there)|long time no (?:see|talk|speak)|remember me|guess who|thinking of you|miss you|wyd|hbu|you there|hello\??)(?:[\s!?.,:)]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u,
    note: 'A bare "hey" gives them nothing to answer and puts the work on them.',
  },
  {
    id: 'wrong_person',
    pattern: rx(
      String.raw`wrong (?:person|number|chat|contact|thread)`,
      String.raw`(?:wasn't|was not|not) meant (?:for you|to send)`,
      String.raw`meant to send (?:that|this|it) to`,
      String.raw`sent (?:that|this|it) to the wrong`,
      String.raw`(?:oops|oh no|whoops),? (?:sorry|ignore|my bad)`,
      String.raw`ignore (?:that|this|my last)`,
      String.raw`(?:accident(?:al(?:ly)?)?|by mistake),? (?:sent|texted|sorry)`,
      String.raw`sorry,? (?:that was|that's) (?:for|meant for) (?:someone|my)`,
    ),
    note: 'A "wrong person" text is rarely believed, and it starts things on a pretence.',
  },
  {
    id: 'hyperbole',
    pattern: rx(
      String.raw`(?:i'?m|i am) (?:literally )?dying`,
      String.raw`(?:worst|hardest) (?:day|night|week|month|year|thing|time|pain) (?:of|ever|in)`,
      String.raw`literally (?:can't|cannot|dying|the worst|everything|nothing)`,
      String.raw`(?:never|not) (?:be|going to be|gonna be) (?:happy|ok|okay|the same|whole) again`,
      String.raw`ruined my (?:life|whole|everything)`,
      String.raw`(?:end of the world|my whole world|the only (?:person|one) (?:who|i|that))`,
      String.raw`(?:can't|cannot) go on`,
      String.raw`(?:the )?(?:biggest|worst) mistake of my (?:life|entire)`,
      String.raw`(?:a )?million (?:times|years)`,
      String.raw`soul ?mates?`,
    ),
    note: 'Big words ("dying", "the worst ever") turn a text into a weight for them to carry.',
  },
  {
    id: 'changed_claim',
    pattern: rx(
      String.raw`i'?(?:ve| have) changed`,
      String.raw`i'?m (?:a )?(?:different|better|new|changed) (?:person|man|woman|guy|girl)`,
      String.raw`i'?m not the same (?:person|guy|girl|man|woman)`,
      String.raw`i'?(?:ve| have) (?:grown|learned my lesson|become)`,
      String.raw`(?:things|it|i) (?:will|would|'?ll) be different (?:this time|now)`,
      String.raw`i'?(?:ve| have) been working on (?:myself|me)`,
      String.raw`(?:this|next) time (?:will be|i'?ll|it'?ll) (?:be )?different`,
      String.raw`i promise (?:i'?ll|i will|to) (?:change|be better|do better)`,
    ),
    note: 'A claim of having changed asks them to take your word for it. Change shows; it is not announced.',
  },
  {
    id: 'non_apology',
    pattern: rx(
      String.raw`sorry (?:if|that) (?:you (?:feel|felt|were|got|are)|i (?:hurt|upset|offended))`,
      String.raw`sorry you (?:feel|felt|think|see it)`,
      String.raw`(?:i'?m )?sorry,? but`,
      String.raw`mistakes were made`,
      String.raw`if i did (?:anything|something) wrong`,
      String.raw`i apologi[sz]e if`,
      String.raw`sorry for whatever`,
    ),
    note: 'This apology has a "but" or an "if" in it, so it reads as defending yourself.',
  },
  {
    id: 'apology_asks',
    pattern: rx(
      String.raw`(?:please|pls|just|so) forgive me`,
      String.raw`^forgive me`,
      String.raw`(?:can|will|could|would) you (?:ever |please |just )?forgive me`,
      String.raw`(?:sorry|apologi[sz]e)[^.?!]{0,60}\b(?:can we|could we|please (?:reply|answer|call|talk)|let me know|text me|call me|give me)`,
      String.raw`(?:accept|accepting) my apology`,
    ),
    note: 'The apology asks for something back (forgiveness, a reply). A sincere one asks for nothing.',
  },
  {
    id: 'pressure_reply',
    pattern: rx(
      String.raw`(?:why|how come) (?:aren't|are not|haven't|didn't|won't|don't) you (?:answering|replying|responding|answer|reply|respond|texting|calling|pick)`,
      String.raw`(?:left|leaving|leave) me on (?:read|delivered|seen)`,
      String.raw`i (?:know|can see) you (?:saw|read|seen|got) (?:it|this|my)`,
      String.raw`(?:just )?(?:answer|reply|respond)(?: me)?(?: already)?[.!?]*$`,
      String.raw`(?:hello|helloo+)\?{1,}`,
      String.raw`(?:are|r) you (?:ignoring|ghosting|avoiding) me`,
      String.raw`(?:the )?least you (?:can|could) do`,
      String.raw`(?:at least|even just) (?:say|tell me|reply|answer)`,
      String.raw`why (?:are|r) you (?:ignoring|acting|being|avoiding|so)`,
      String.raw`(?:never|not) (?:gonna|going to) (?:talk|speak|reply) to me`,
      String.raw`did you (?:get|see|read) my (?:text|message|messages|last)`,
      String.raw`^\?+$`,
      String.raw`i know (?:you|u) (?:said|asked|told)`,
      String.raw`hear me out`,
      String.raw`(?:just )?(?:one|1) more thing`,
      String.raw`i (?:said|told you|already told you)`,
      String.raw`(?:free|available) (?:this|next|tonight|tomorrow)`,
    ),
    note: 'It presses them to answer. Silence is an answer too, and pressing makes it longer.',
  },
  {
    id: 'contempt',
    pattern: rx(
      String.raw`(?:you(?:'re| are)|ur|such an?|what an?|you) (?:\w+ ){0,2}(?:idiot|loser|joke|moron|clown|coward|liar|child|baby|psycho|creep|stalker|disgrace|disappointment|failure|hypocrite)`,
      String.raw`(?:pathetic|disgusting|petty|creepy|obsessive|embarrassing|delusional|unhinged|spineless|worthless|clueless)`,
      String.raw`grow up`,
      String.raw`get a life`,
      String.raw`get over (?:it|yourself)`,
      String.raw`nobody (?:wants|cares|likes)`,
      String.raw`who (?:forgets|does that|raised you)`,
      String.raw`(?:shut up|leave me the hell alone|get lost)`,
    ),
    note: 'It speaks with contempt. Whatever the message is for, this is the part they will remember.',
  },
  {
    id: 'sarcasm',
    pattern: rx(
      String.raw`oh (?:great|wonderful|perfect|brilliant|lovely|good)`,
      String.raw`(?:love|loving) (?:that|how) you`,
      String.raw`very (?:mature|classy|subtle|nice|responsible|adult)`,
      String.raw`subtle`,
      String.raw`i'?m sure`,
      String.raw`as (?:always|usual|ever)`,
      String.raw`(?:yet )?again,? (?:as|seeing|since|because)`,
      String.raw`(?:unlike|like) (?:last|every) (?:time|week|thursday|friday|weekend|monday|tuesday|wednesday|saturday|sunday)`,
      String.raw`(?:if|assuming) you (?:can|could) (?:manage|be bothered|remember|handle)`,
      String.raw`(?:couldn't|can't|cannot) be bothered`,
      String.raw`for once`,
      String.raw`(?:here we go|there you go) again`,
      String.raw`shocking`,
      String.raw`big surprise`,
      String.raw`(?:i|we) get it`,
      String.raw`good for you`,
      String.raw`must be nice`,
      String.raw`thanks a lot`,
      String.raw`(?:such|what) a surprise`,
      String.raw`cant wait`,
      String.raw`can't wait`,
    ),
    note: 'It reads as sarcastic. Sarcasm by text lands as contempt.',
  },
  {
    id: 'threat',
    pattern: rx(
      String.raw`(?:see|take|drag) you (?:to|in) court`,
      String.raw`(?:in front of|tell|call) (?:the|a) (?:judge|court|lawyer|police|cops|mediator)`,
      String.raw`(?:my|the) lawyer will`,
      String.raw`(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:tell|call|report|expose|post|show|make sure|take|keep|stop paying|withhold|ruin)`,
      String.raw`you'?ll (?:be sorry|regret|see|pay|be seeing|never see)`,
      String.raw`(?:if|unless) you (?:don't|do not|won't|keep)[^.?!]{0,60}\b(?:i'?ll|i will|i'?m|or|then)`,
      String.raw`or (?:else|i'?ll|i will|i'?m (?:taking|keeping|going|calling|done))`,
      String.raw`(?:either|it's) (?:me|this|you)[^.?!]{0,40}\bor\b`,
      String.raw`your (?:choice|call|move|decision)`,
      String.raw`you have (?:until|till|24 hours|one day|a day)`,
      String.raw`(?:everyone|people|the kids) will (?:know|find out|see)`,
      String.raw`(?:forget about|you can forget) (?:seeing|getting|it)`,
      String.raw`don't you dare`,
      String.raw`do you understand`,
      String.raw`you must`,
      String.raw`make sure you`,
      String.raw`keep this up`,
    ),
    note: 'It reads as a threat or an ultimatum. That ends a conversation; it does not start one.',
  },
  {
    id: 'messenger',
    pattern: rx(
      String.raw`tell your (?:mom|mum|dad|mother|father|sister|brother|friend|new|boyfriend|girlfriend)`,
      String.raw`(?:told|asked|had|got) (?:\w+ ){1,2}(?:to )?(?:tell|pass|call|bring|give|ask|explain)`,
      String.raw`(?:just )?ask (?:him|her|them|the kids)`,
      String.raw`(?:should have|should've|was supposed to) told you`,
      String.raw`forward (?:this|it) to`,
      String.raw`(?:her|his|their) words,? not mine`,
      String.raw`(?:sent|put) (?:a note|it|the papers|the forms?) (?:home )?(?:with|in (?:her|his) (?:bag|backpack))`,
      String.raw`(?:my|your) (?:mother|mom|mum|dad|father|sister|brother|lawyer|friend) will (?:be in touch|contact|call|text)`,
      String.raw`(?:the kids|he|she) (?:says?|said|told me) (?:he|she|you|that)`,
    ),
    note: 'It passes the message through someone else, often the children. Say it to them directly, or let it go.',
  },
  {
    id: 'over_apology',
    pattern: rx(
      String.raw`sorry again`,
      String.raw`sorry (?:for|about) (?:everything|anything|all of it|all that|whatever)`,
      String.raw`sorry,? sorry`,
      String.raw`(?:apologi[sz]ed|said sorry) (?:enough|properly|before)`,
      String.raw`(?:i know )?i (?:already )?said (?:it|sorry) (?:before|already)`,
      String.raw`(?:never|not) (?:said|say) it properly`,
      String.raw`one more (?:time|apology)`,
      String.raw`(?:keep|still) (?:feeling|want(?:ing)? to|need(?:ing)? to) (?:apologi[sz]e|say sorry)`,
    ),
    note: 'Apologising again asks them to look after your guilt. Once, sincerely, is enough.',
  },
  {
    id: 'nostalgia',
    pattern: rx(
      String.raw`like (?:we|old times|we used to|the old days)`,
      String.raw`(?:best|happiest|greatest) (?:night|day|weekend|time|year|days|summer|trip)s? of my (?:life|entire)`,
      String.raw`(?:we should|we could|let's) (?:totally |really |definitely )?(?:celebrate|catch up|get together|hang out|meet up|grab|go)(?:[^.?!]{0,30}\b(?:together|like|properly|again))`,
      String.raw`(?:do|did) you (?:ever )?think (?:about|of) (?:it|that|those|what we|the|our|how)`,
      String.raw`(?:remember|miss) (?:our|us|the way we|when we|how we)`,
      String.raw`(?:the way|how) (?:things|we) (?:were|used to be)`,
      String.raw`(?:things|it) back (?:how|the way) (?:they|it) (?:were|was)`,
      String.raw`where'?s your head at`,
    ),
    note: 'It reaches back to the relationship. A message about now is lighter.',
  },
  {
    id: 'drunk',
    pattern: rx(
      String.raw`(?:drunk|tipsy|wasted|buzzed|hammered|wine|shots|drinks?|drinking)`,
      String.raw`at a (?:bar|club|party)`,
      String.raw`(?:[1-5]|12)(?::\d{2})? ?am`,
      String.raw`(?:middle of the night|can't sleep|cant sleep|up all night|still awake)`,
    ),
    note: 'It is written late, or after a drink. Those messages read the way they were written.',
  },
  // What calm messages do: these lower the reading, and some are what a source recommends.
  {
    id: 'apology',
    calm: true,
    pattern: rx(
      String.raw`i'?m (?:so |really |truly |deeply )?sorry (?:for|about|i|that i)`,
      String.raw`i apologi[sz]e for`,
      String.raw`i was (?:wrong|unfair|selfish|out of line|a jerk|rude|harsh)`,
      String.raw`(?:that|it) was (?:my fault|on me|wrong of me)`,
      String.raw`i take (?:full )?responsibility`,
      String.raw`i owe you an apology`,
      String.raw`(?:that was|that's|it was|it's) (?:all )?on me`,
      String.raw`my bad`,
      String.raw`i regret (?:it|what|how|the|that|saying|not)`,
      String.raw`no excuses?`,
      String.raw`(?:you|u) (?:never|didn't) deserve`,
    ),
    note: 'An apology that owns your part.',
  },
  {
    id: 'logistics',
    calm: true,
    pattern: rx(
      String.raw`(?:pick(?:ing)?|picked) (?:up|(?:him|her|them|the kids?) up)`,
      String.raw`drop(?:ping|ped)? (?:off|(?:him|her|them|it|the kids?) off)`,
      String.raw`(?:school|daycare|nursery|practice|recital|game|appointment|dentist|doctor|pediatrician|paediatrician|vet|teacher|parent-teacher|homework|lunch money|permission slip)`,
      String.raw`(?:custody|visitation|handover|hand-off|exchange|schedule|calendar|itinerary|court|mediation|mediator|lawyer|attorney)`,
      String.raw`(?:lease|landlord|rent|deposit|bill|bills|utilities|insurance|mortgage|tax(?:es)?|payment|invoice|refund|account|subscription|venmo|paypal|transfer)`,
      String.raw`(?:keys?|documents?|papers|passport|mail|package|parcel|belongings|stuff|boxes|charger|jacket|car|title|registration)`,
      String.raw`(?:the (?:kids|children|dog|cat|puppy)|our (?:son|daughter|kids|children|dog|cat))`,
      String.raw`\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)`,
      String.raw`(?:at|by|around|before|after) \d{1,2}(?::\d{2})?`,
      String.raw`(?:this|next) (?:${days}|weekend|week)`,
      String.raw`(?:on|this|next|until|by) ${days}`,
      String.raw`confirm(?:ing|ed)?`,
      String.raw`(?:pay|paid|owe|split) (?:the|half|your|my|for)`,
    ),
    note: 'Practical and factual.',
  },
  {
    id: 'boundary',
    calm: true,
    pattern: rx(
      String.raw`(?:please )?(?:don't|do not|stop) (?:contact|text|call|message|email|reach out|come by|show up)`,
      String.raw`i (?:need|want|would like|'d like) (?:some )?(?:space|time|distance|no contact)`,
      String.raw`i (?:won't|will not|am not going to|'m not going to) (?:be )?(?:respond|reply|answer|responding|replying|answering|discuss|engage)`,
      String.raw`(?:only|just) (?:contact|text|message) me (?:about|regarding|if)`,
      String.raw`(?:only|just) (?:about|regarding) (?:the kids|the children|logistics|the (?:dog|cat))`,
      String.raw`i (?:wish|hope) you (?:well|the best|all the best)`,
      String.raw`take care(?: of yourself)?`,
      String.raw`all the best`,
      String.raw`best of luck`,
      String.raw`(?:this|that) (?:is|will be) my last (?:message|text)`,
      String.raw`i'?m (?:going to )?(?:block|blocking|mute|muting)`,
      String.raw`(?:let's|we should|i'?d prefer (?:to|we)) (?:keep (?:this|it|things)|stick to|communicate)`,
      String.raw`(?:keep|keeping) (?:it|this|things) (?:brief|short|about|to)`,
      String.raw`i'?m not (?:ready|able) to (?:talk|be friends|see you|discuss)`,
      String.raw`no hard feelings`,
    ),
    note: 'A clear, calm boundary.',
  },
  {
    id: 'congratulations',
    calm: true,
    pattern: rx(
      String.raw`congrat\w*`,
      String.raw`(?:so )?(?:happy|proud|glad) for you`,
      String.raw`well done`,
      String.raw`happy (?:birthday|bday|new year|holidays|thanksgiving|easter|hanukkah|diwali|eid)`,
      String.raw`merry christmas`,
      String.raw`good luck`,
      String.raw`best wishes`,
      String.raw`you (?:deserve|earned) it`,
      String.raw`(?:sorry|so sorry) (?:for|about) your (?:loss|dad|mum|mom|father|mother|grand\w+|dog|cat)`,
      String.raw`(?:get|feel) (?:well|better) soon`,
    ),
    note: 'A warm wish that asks for nothing.',
  },
  {
    id: 'thanks',
    calm: true,
    pattern: rx(
      String.raw`thanks?(?: you)?`,
      String.raw`thx`,
      String.raw`(?:i )?appreciate (?:it|that|you|this)`,
      String.raw`cheers`,
    ),
    note: 'Thanks, plainly.',
  },
  {
    id: 'light_memory',
    calm: true,
    pattern: rx(
      String.raw`reminded me of you`,
      String.raw`made me think of you`,
      String.raw`(?:saw|heard|passed|found) (?:this|that|a|the|your)[^.?!]{0,50}\b(?:thought of you|made me (?:laugh|smile|think)|remembered|reminded me)`,
      String.raw`thought (?:of|you'?d) (?:you|like|appreciate|laugh|enjoy)`,
      String.raw`you'?d (?:love|like|laugh at|appreciate|enjoy|hate) (?:this|that|it)`,
      String.raw`(?:remember|remembered) (?:when|that time|our|the)`,
      String.raw`made me (?:smile|laugh|grin)`,
      String.raw`still (?:laugh|laughing|smiling)`,
    ),
    note: 'A light memory they can smile at without owing you anything.',
  },
  {
    id: 'friendly_question',
    calm: true,
    pattern: rx(
      String.raw`how (?:are|have) you (?:been|doing)`,
      String.raw`how'?s (?:work|school|the (?:new )?(?:job|place|apartment|flat|dog|cat|family)|your (?:mom|mum|dad|family|sister|brother|day|week|job|new)|life|everything)`,
      String.raw`how (?:did|was) (?:the|your) (?:interview|exam|trip|race|move|marathon|game|show|concert|presentation|surgery|first)`,
      String.raw`(?:hope|hoping) (?:you'?re|you are|you have|you'?ve|all is|everything|things|the|your|work|life)[^.?!]{0,30}\b(?:well|good|great|okay|ok|going|fun|nice)`,
      String.raw`did you (?:ever )?(?:get|end up|finish|try|see|watch|make it)`,
      String.raw`how(?:'s| is| was| did| are| have) (?:the|your|work|school|life|things|everything|it going)`,
      String.raw`did you (?:ever )?(?:nail|hear|manage|finally|like|enjoy|go)`,
      String.raw`how'?s (?:it|that|the \w+) (?:going|settling|working)`,
    ),
    note: 'An easy, friendly question about their life.',
  },
  {
    id: 'well_wishing',
    calm: true,
    pattern: rx(
      String.raw`(?:have|enjoy) (?:a (?:good|great|nice|lovely)|fun|your)`,
      String.raw`hope you (?:have|enjoy|had)`,
      String.raw`(?:rooting|cheering) for you`,
    ),
    note: 'A kind wish.',
  },
  {
    id: 'no_pressure',
    calm: true,
    pattern: rx(
      String.raw`no (?:need|pressure|rush|worries) to (?:reply|respond|answer|write back)`,
      String.raw`(?:no|zero) pressure`,
      String.raw`(?:don't|do not|dont) (?:feel (?:like )?you (?:have|need) to|worry about) (?:reply|respond|answer|writing)`,
      String.raw`(?:no|don't) (?:need|have) to (?:reply|respond|answer)`,
      String.raw`(?:whenever|if) you(?:'re| are)? (?:free|want|feel like|have time|get a chance)`,
      String.raw`(?:totally|completely) (?:fine|okay|ok|understand) if (?:not|you)`,
    ),
    note: 'It leaves them free to answer or not.',
  },
  {
    id: 'condolence',
    calm: true,
    pattern: rx(
      String.raw`sorry (?:to hear|for your loss)`,
      String.raw`sorry (?:about|for) (?:your|the) (?:mom|mum|mother|dad|father|nan|nana|gran|grandma|grandpa|grandad|grandmother|grandfather|loss|dog|cat|news|diagnosis|brother|sister|aunt|uncle|friend|job)`,
      String.raw`(?:sending|sent) (?:love|hugs|strength|good vibes)`,
      String.raw`(?:thinking of|here for) you (?:and your|today|before|during)`,
      String.raw`(?:if|whatever) you need (?:anything|something|help)`,
      String.raw`you'?ve got this`,
    ),
    note: 'Kindness at a hard time, asking nothing back.',
  },
];

export const familyById = new Map(families.map((f) => [f.id, f]));
