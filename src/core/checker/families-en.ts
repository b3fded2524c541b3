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
const days = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow');
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
/**
 * A family's pattern from its phrases, one per line, each a regular expression (`u` flag). Lines
 * are trimmed, so a phrase cannot start or end with a space, and there are no comments inside.
 * The phrases start at the line's beginning: an indent would be shipped in every line.
 */
const rx = (phrases: string) =>
  new RegExp(
    String.raw`\b(?:${phrases
      .trim()
      .split(/\s*\n\s*/)
      .join('|')})\b`,
    'u',
  );

export const families: Family[] = [
  {
    id: 'begging',
    pattern: rx(String.raw`
(?:please )?(?:come back|take me back)
(?:give|gimme) (?:me|us|this|it) (?:another|one more|a second|a last|one last|a) (?:chance|try|shot)
i'?ll do anything
i'?m begging
i beg you
(?:i )?(?:can't|cannot) live without you
don't leave me
(?:just )?one (?:more|last) chance
i'?m nothing without you
    `),
    note: 'This reads as pleading, which hands them all the power and makes yes harder.',
  },
  {
    id: 'need',
    pattern: rx(String.raw`
i (?:really |still |just )?need you
i (?:can't|cannot) (?:stop thinking about|sleep|eat|function|breathe|do this|move on|get over)
i'?m (?:so )?(?:lost|broken|a mess|lonely|empty|falling apart|miserable|devastated|heartbroken|struggling)
i feel (?:so )?(?:empty|lost|lonely|broken|alone)
(?:been )?crying (?:all|every|for)
without you
i (?:just )?want (?:you|us) back
i want to be with you
(?:been|feel|feeling|felt|so) (?:so |really )?(?:lonely|lost|empty|broken) (?:without|since|lately|these)
(?:so|really|i'?m so) glad you (?:texted|reached out|messaged|wrote|called|asked)
(?:been|was) (?:hoping|waiting|praying) (?:you'?d|you would|for you to) (?:ask|text|reach|call|say|come)
whatever you want,? i'?ll
(?:get|win) you back
(?:check|checking|look|looking) (?:for|at|if) (?:you'?ve|your)
(?:watched|seen|viewed) my (?:stories|story|posts?)
(?:drove|walked|went|came) (?:by|past) your (?:office|house|place|work|flat|apartment|job)
you(?:'re| are) (?:my everything|the only one|all i|the love of my life|my soulmate|the one)
    `),
    note: 'It tells them how much you need them. Calm reads better than need.',
  },
  {
    id: 'love_miss',
    pattern: rx(String.raw`
(?:it )?still smells like you
i knew you'?d come (?:around|back)
you (?:obviously|clearly) still (?:want|love|miss) me
you'?re so cute when
so do i
still waiting for you
the only (?:man|woman|one|person|girl|guy) i'?ll ever love
(?:still )?in love with you
miss being (?:in|with|around|at|held)
(?:i'?d|i would) take you back
(?:don'?t|do not) let me go
if you ever feel the same
does (?:this|that) mean (?:you miss me|there'?s (?:still )?a chance)
(?:there'?s|is there) still a chance
(?:you )?can'?t stay away
the best thing that ever happened to me
no one will ever compare
i (?:still |really |really really |so )?(?:miss|love) (?:you|us|your|everything|the way|waking)
miss(?:ing)? you
love you
thinking (?:about|of) (?:you|us) (?:all the time|every|constantly|nonstop|so much)
(?:can't|cannot) stop thinking
    `),
    note: 'Saying how much you miss or love them puts weight on them to answer in kind.',
  },
  {
    id: 'request_you',
    pattern: rx(String.raw`
(?:call|text|answer|reply to|message|ring|see|meet|talk to|write to|unblock) me
(?:please|pls|just) (?:answer|reply|respond|pick up|write back|text back|call back)
(?:answer|reply|respond|write back|text back|call back) (?:me|to me|already|asap|now|please)
(?:i need|i want) you to
you (?:need|have|have got|got) to
you should(?:n't)? (?:have|be|call|text|come|talk|let)
(?:can|could|will|would) you (?:please |just )?(?:call|text|answer|reply|talk|meet|come|tell me|explain|give me|unblock|let me)
tell me (?:why|what|the truth|you|if|how)
why (?:won't|don't|didn't|aren't|haven't|can't) you
if you (?:actually|really|ever|even) (?:cared|loved|wanted|respected)
    `),
    note: 'It asks them to do something for you. A message they are free to ignore is easier to answer.',
  },
  {
    id: 'us_talk',
    pattern: rx(String.raw`
(?:get|getting|got|be|being|come|coming) back together
(?:try|trying|give it|give us|give this) (?:again|another go|another try|one more)
(?:work|working|figure|figuring) (?:things|this|it|us) out
(?:fix|save|rebuild|repair) (?:this|us|things|what we|our)
what we (?:had|have|were|shared|could be)
our (?:relationship|love|future|story|connection|history)
(?:where|what) (?:do )?(?:we|us) stand
(?:about|talk about|discuss|miss) us
we (?:belong|were meant|are meant|should be|could be|need to talk)
(?:meant|made) (?:to be|for each other)
start (?:over|again|fresh)
(?:can|could) we (?:at least |still |just )?(?:be|stay) friends
(?:we should|let'?s) (?:bury the hatchet|be friends)
why we broke up
(?:can|could) we talk about (?:it|us|what|why|this|that|the)
keep (?:texting|talking|in touch) like before
(?:our|the) breakup
    `),
    note: 'It turns to the relationship itself. That conversation belongs later, face to face, if at all.',
  },
  {
    id: 'urgency',
    pattern: rx(String.raw`
right now
asap
immediately
(?:tonight|today) (?:please|if you can|or|before)
before it'?s too late
(?:or|otherwise) (?:i'?ll|i will|i'?m|we'?re|it'?s) (?:done|over|gone|leaving|moving on|blocking)
(?:last|final) chance
(?:by|until|before) (?:${days}|the end of|midnight|noon)[^.?!]{0,30}\b(?:or|otherwise|else)\b
(?:i'?m|i am|i'?ll be) (?:still )?waiting
(?:waiting|wait) (?:for|on) (?:you|your|an answer|a reply)
(?:need|want) (?:an|your|a) (?:answer|reply|response|decision)
(?:need|want|have) to know (?:by|before|tonight|today|now|right)
(?:by|before) (?:tonight|midnight|the end of (?:the )?(?:day|night|week))
(?:or|otherwise) (?:we'?re|we are|it'?s|it is|this is) (?:done|over|finished)
    `),
    note: 'It sets a clock on them. Deadlines turn a message into pressure.',
  },
  {
    id: 'absolutes',
    pattern: rx(String.raw`
you (?:always|never|constantly)
(?:every single|every) time
(?:never|no one|nobody) (?:will|could|can) (?:ever )?(?:love|treat|know|understand)
(?:i'?ll|i will) (?:never|always|forever)
forever
(?:everything|nothing) (?:is|was|will be|reminds|feels|matters)
    `),
    note: '"Always", "never", "forever": absolutes make a message heavier than it needs to be.',
  },
  {
    id: 'reassurance',
    pattern: rx(String.raw`
do you (?:still|even|ever) (?:love|miss|think|care|want|feel)
do you miss
(?:are|r) you (?:still )?(?:seeing|with|dating|happy|over me|over us|mad|angry|upset)
(?:do|did) you (?:hate|regret)
(?:is|was) (?:he|she|they) better
(?:did|do|does) (?:i|it|this|that|we) (?:mean|matter) (?:anything|nothing|something)
(?:did|do) you (?:ever )?think (?:about|of) (?:me|us)
(?:are|r) we (?:ok|okay|good|fine|cool)
(?:be honest|honestly),? (?:do|did|are|is)
i wonder (?:if|whether) you
were you (?:ever )?(?:going|planning) to tell me
(?:or )?if you miss me
do you (?:ever )?(?:regret|wonder|wish)
    `),
    note: 'It asks them to settle how you feel. That answer has to come from you.',
  },
  {
    id: 'past_question',
    pattern: rx(String.raw`
go through what went wrong
point by point
did i really mean (?:that little|nothing)
we deserve another (?:try|chance|go)
did you (?:(?:ever|even|really|actually) ){1,2}(?:love|care|mean|want)
was (?:it|any of it|everything|all of it) (?:real|a lie|fake|for nothing)
why did you (?:leave|end|cheat|lie|do (?:that|this|it)|stop|give up|break|hurt|choose)
what (?:went wrong|did i do|happened to us)
was it (?:me|my fault|something i)
(?:i need|i want|give me|for) closure
how could you
when did you (?:stop|start|fall|know)
    `),
    note: 'It reopens the past and asks them to explain it. Those answers rarely help by text.',
  },
  {
    id: 'blame',
    pattern: rx(String.raw`
(?:your|you're) (?:fault|to blame)
because of you
thanks to you
you (?:made me|ruined|destroyed|broke|wrecked|used|lied|cheated|abandoned|left me|did this|caused|screwed)
you(?:'re| are) (?:so |such a |a |being )?(?:selfish|a liar|pathetic|toxic|crazy|cruel|heartless|cold|childish|immature|narcissist|manipulative|useless|irresponsible|ridiculous|unbelievable)
typical (?:you|of you)
(?:again|once again),? you
you (?:can't|couldn't) even
(?:you|your) (?:never|always) (?:\w+ ){0,3}(?:on time|late|forget|pay|show up|listen|care|help)
you (?:don't|didn't|never) (?:tell|told|ask|asked|let|listen|help)
(?:you )?only (?:ever )?think about yourself
you twist
act(?:ing)? like (?:the|a) victim
on purpose
(?:the )?(?:whole|only|real) reason
i'?m always the one
you made (?:it|things|me|this) (?:impossible|hard|so|feel)
if you(?:'d| had) (?:just )?(?:listened|tried|cared|been|given)
(?:you|u) (?:weren't|were not|aren't) (?:exactly )?(?:innocent|perfect|a saint|blameless)
(?:everything|all (?:the things )?)you did wrong
how little (?:\w+ ){0,3}matters?
(?:matter|matters|care) to you
(?:all|it's all) (?:yours|urs|your fault|on you)
you (?:never|always) (?:even )?(?:did|do|does|could|can|follow|bother|mess|manage)
(?:mess|screw|muck) (?:it|this|things|everything) up
every (?:single )?(?:way|thing|time) (?:you|you've)
you'?ve (?:failed|let (?:us|me|them) down)
(?:the )?whole history
    `),
    note: 'It blames them. Even when it is fair, blame by text starts a fight rather than ends one.',
  },
  {
    id: 'guilt',
    pattern: rx(String.raw`
hope you'?re proud
(?:it'?s|that'?s|this is) (?:all )?your fault
i deserve (?:more|better) than that
given everything i'?ve (?:sacrificed|done|given)
(?:how badly|how much) you hurt me
i hope you think about (?:that|it|this) every
lying here not eating
(?:hope|i hope) you'?re (?:proud|happy) (?:of|now|with)
(?:cried|crying|cries) (?:himself|herself|themselves|myself) to sleep
what you did to (?:this|our|my) family
and that'?s on you
(?:it'?s|this is) killing me
i'?m not ok(?:ay)? and
after what you did
you'?re throwing (?:it all |everything |us |this )?away
too busy with (?:your|ur) new life
(?:don'?t|do not) say i didn'?t try
(?:don'?t|do not) know what more you want
i did (?:it )?all (?:of it )?for you
after (?:everything|all) (?:i'?ve|i have|i|we'?ve)
(?:all|everything) i (?:did|gave|sacrificed) for you
you owe me
i hope you'?re (?:happy|proud|satisfied)
thanks for nothing
you (?:don't|didn't|never) (?:even )?care
i guess i (?:meant|mean) nothing
(?:i gave you|i wasted) (?:my|the best)
hope (?:it was|that was) worth it
you'?ll regret
(?:must be|must feel) nice
(?:the kids|our (?:son|daughter|children|kids)) (?:miss|keep asking|ask|cry|are asking)
    `),
    note: 'It leans on guilt. Guilt may get a reply, but not the warmth you want.',
  },
  {
    id: 'anger',
    pattern: rx(String.raw`
fuck\w*
f+ck\w*
shit\w*
bitch\w*
asshole\w*
bastard
dick(?:head)?
screw you
(?:i )?hate you
go to hell
piece of (?:shit|work|crap)
^whatever
whatever(?=[.!?]*$)
seriously\?
    `),
    note: 'It sounds angry. Anger by text is read again and again, long after you have calmed down.',
  },
  {
    id: 'new_partner',
    pattern: rx(String.raw`
liked (?:her|his|their) (?:photo|pic|post|picture)
(?:please )?don'?t bring (?:him|her|them)
(?:don'?t|do not) date anyone
why did you unfollow
the truth about (?:her|him)
(?:you'?ve|you have) been seeing someone
been on a few dates
(?:she|he)'?s a (?:model|doctor|lawyer|surgeon|pilot)
who (?:were|are|was) you (?:with|on the phone with|talking to|texting|seeing)
who(?:'s| is) (?:he|she|that (?:guy|girl)|the (?:guy|girl)|[a-z]+)(?=\?)
(?:keeps?|kept) (?:commenting|liking|posting) (?:on )?(?:your|ur)
not (?:that|the) (?:guy|girl|man|woman|bloke) you'?(?:ve been|re) (?:seeing|dating|with)
is (?:she|he|they) (?:going to|gonna) be there
(?:don'?t|do not) want (?:my|our|the) (?:kids|children|son|daughter) around (?:him|her|them)
saw (?:your|ur) car (?:outside|at|parked|in)
you looked (?:really |so )?(?:happy|cosy|cozy)
hope (?:she|he|they) makes? you (?:as happy|happy)
i'?m (?:dating|seeing someone|seeing somebody) (?:again|now)
(?:your|ur|the) new ${partner}
(?:is|was|does|did|do) (?:he|she|they) (?:better|prettier|hotter|make you|treat you|know|love|even)
(?:seeing|dating|with|sleeping with) (?:someone|somebody|him|her) (?:new|else|already)
(?:moved|moving) on (?:so )?(?:fast|quickly|already)
replaced me
rebound
(?:saw|seen) (?:you|your|the) (?:pics?|photos?|posts?|stor(?:y|ies)) (?:with|of)
(?:who|who's|whos) (?:is )?(?:he|she|that (?:guy|girl|man|woman))
as (?:well|good|much) as i (?:did|do|could)
(?:she|he) seems (?:nice|sweet|fun|young|great|lovely)
(?:does|do|did) (?:she|he) (?:put up|know|make|like|treat)
post(?:ing)? (?:a |pictures?|photos?|pics?)[^.?!]{0,20}\bwith (?:him|her)
    `),
    note: 'It brings their new life or partner into it. Comparison and jealousy rarely read well.',
  },
  {
    id: 'bragging',
    pattern: rx(String.raw`
my new ${partner}
i'?(?:m|ve been) (?:seeing|dating|talking to) (?:someone|somebody|a (?:new )?(?:guy|girl|man|woman))
i'?ve (?:met|found) someone
(?:treats|treat) me (?:so much )?better (?:than you|now)
(?:happier|better off) (?:than ever|without you|now)
(?:just so you know|fyi),? i'?m
just so (?:you|u) know
you'?re missing out
    `),
    note: 'It is written to make them feel something about your new life. They will read it that way.',
  },
  {
    id: 'late_invite',
    pattern: rx(String.raw`
can i see (?:you|u) tonight
(?:i'?ll|i will) be home alone
(?:pls|please) (?:pls|please)
come in for a (?:bit|drink|while|coffee|cuppa)
(?:grab|get|have) a (?:drink|coffee|bite|glass of wine) (?:while|when) i'?m (?:there|over|round|dropping)
for old times'? sake
dinner at (?:mine|my place)
you looked (?:really |so )?(?:good|great|hot|amazing|gorgeous|beautiful|fit|sexy)
(?:you|u) up
(?:are|r) you (?:awake|up|still up|home alone|alone)
come over
(?:my|your) (?:place|bed|room)
(?:can|could) i come (?:over|by|round)
(?:miss|want|need|crave|craving) (?:your (?:body|touch|lips|kiss|kisses|smell|hands)|you (?:in|next to) (?:my|me|bed))
one (?:more|last) night
(?:hook|hooking) up
netflix and chill
(?:sexy|naked|horny|cuddle|cuddling|spoon(?:ing)?)
wyd
what (?:are )?you (?:doing|up to) (?:tonight|rn|right now|later)
(?:lonely|bored) tonight
    `),
    note: 'It reads as a late-night or physical invitation, and they will take it as exactly that.',
  },
  {
    id: 'pet_name',
    pattern:
      /(?:^|[\s,.!?])(?:babe|baby|babyy+|bae|honey|hun|hunny|sweetheart|sweetie|sweet ?pea|darling|darlin|my love|love you|(?<!(?:(?:^|[.!?] )(?:looks?|looked)|\b(?:it|that|this|she|he|they|it's|that's|she's|he's)(?: looks?| looked| is| was)?) (?:so |really |very |absolutely )?)(?:beautiful|gorgeous|handsome)|princess|boo|cutie|angel|sunshine|pumpkin|kitten|my heart|my girl|my boy|my king|my queen)(?=$|[\s,.!?])/u,
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
    pattern: rx(String.raw`
wrong (?:person|number|chat|contact|thread)
(?:wasn't|was not|not) meant (?:for you|to send)
meant to send (?:that|this|it) to
sent (?:that|this|it) to the wrong
(?:oops|oh no|whoops),? (?:sorry|ignore|my bad)
ignore (?:that|this|my last)
(?:accident(?:al(?:ly)?)?|by mistake),? (?:sent|texted|sorry)
sorry,? (?:that was|that's) (?:for|meant for) (?:someone|my)
    `),
    note: 'A "wrong person" text is rarely believed, and it starts things on a pretence.',
  },
  {
    id: 'hyperbole',
    pattern: rx(String.raw`
(?:i'?m|i am) (?:literally )?dying
(?:worst|hardest) (?:day|night|week|month|year|thing|time|pain) (?:of|ever|in)
literally (?:can't|cannot|dying|the worst|everything|nothing)
(?:never|not) (?:be|going to be|gonna be) (?:happy|ok|okay|the same|whole) again
ruined my (?:life|whole|everything)
(?:end of the world|my whole world|the only (?:person|one) (?:who|i|that))
(?:can't|cannot) go on
(?:the )?(?:biggest|worst) mistake of my (?:life|entire)
(?:a )?million (?:times|years)
soul ?mates?
(?:most|worst|best) \w+ (?:moment|day|night|thing|experience) of my (?:entire |whole )?life
(?:no one|nobody) (?:will |could )?(?:ever )?compare
    `),
    note: 'Big words ("dying", "the worst ever") turn a text into a weight for them to carry.',
  },
  {
    id: 'changed_claim',
    pattern: rx(String.raw`
(?:if you saw|meet|see) the new me
(?:i'?ve|i have) been doing (?:so much|a lot of) work on myself
i'?(?:ve| have) changed
i'?m (?:a )?(?:different|better|new|changed) (?:person|man|woman|guy|girl)
i'?m not the same (?:person|guy|girl|man|woman)
i'?(?:ve| have) (?:grown|learned my lesson|become)
(?:things|it|i) (?:will|would|'?ll) be different (?:this time|now)
i'?(?:ve| have) been working on (?:myself|me)
(?:this|next) time (?:will be|i'?ll|it'?ll) (?:be )?different
i promise (?:i'?ll|i will|to) (?:change|be better|do better)
    `),
    note: 'A claim of having changed asks them to take your word for it. Change shows; it is not announced.',
  },
  {
    id: 'non_apology',
    pattern: rx(String.raw`
you didn'?t make it easy
you know how my family is
under a lot of pressure
throw (?:all )?that away
over one mistake
we were both to blame
(?:i'?m )?ready to forgive you
one stupid mistake
it meant nothing
you weren'?t perfect either
apologi[sz]ed a (?:million|thousand|hundred) times
sorry (?:if|that) (?:you (?:feel|felt|were|got|are)|i (?:hurt|upset|offended))
sorry you (?:feel|felt|think|see it)
(?:i'?m )?sorry,? but
mistakes were made
if i did (?:anything|something) wrong
i apologi[sz]e if
sorry for whatever
    `),
    note: 'This apology has a "but" or an "if" in it, so it reads as defending yourself.',
  },
  {
    id: 'apology_asks',
    pattern: rx(String.raw`
(?:please|pls|just|so) forgive me
^forgive me
(?:can|will|could|would) you (?:ever |please |just )?forgive me
(?:sorry|apologi[sz]e)[^.?!]{0,60}\b(?:can we|could we|please (?:reply|answer|call|talk)|let me know|text me|call me|give me)
(?:accept|accepting) my apology
    `),
    note: 'The apology asks for something back (forgiveness, a reply). A sincere one asks for nothing.',
  },
  {
    id: 'pressure_reply',
    pattern: rx(String.raw`
(?:going to|gonna) pretend i (?:don'?t|do not) exist
did you (?:get|see|read) my (?:letter|message|text|flowers|voicemail)(?! about)
why haven'?t you (?:texted|called|replied|answered|messaged)
you can'?t just (?:send|ignore|disappear|leave)
hello(?=\?{2})
you read (?:my|it|the) (?:message|text)
(?:are you|r you) (?:seriously |really |just )?(?:not )?(?:going to|gonna) (?:answer|reply|respond|ignore)
(?:this is|that'?s) (?:the|my) (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) (?:text|message|time)
(?:reply|respond) to my (?:story|post) (?:and|but) not
you'?re just (?:gonna|going to) (?:ignore|reply)
after ignoring me
(?:why|how come) (?:aren't|are not|haven't|didn't|won't|don't) you (?:answering|replying|responding|answer|reply|respond|texting|calling|pick)
(?:left|leaving|leave) me on (?:read|delivered|seen)
i (?:know|can see) you (?:saw|read|seen|got) (?:it|this|my)
(?:just )?(?:answer|reply|respond)(?: me)?(?: already)?[.!?]*$
(?:hello|helloo+)\?{1,}
(?:are|r) you (?:ignoring|ghosting|avoiding) me
(?:the )?least you (?:can|could) do
(?:at least|even just) (?:say|tell me|reply|answer)
why (?:are|r) you (?:ignoring|acting|being|avoiding|so)
(?:never|not) (?:gonna|going to) (?:talk|speak|reply) to me
did you (?:get|see|read) my (?:text|message|messages|last)
^\?+$
i know (?:you|u) (?:said|asked|told)
hear me out
(?:i )?(?:just )?need to know (?:if|whether|why|what)
(?:just )?(?:one|1) more thing
you can'?t (?:just )?(?:ignore|avoid|block) me
i'?m coming (?:over|round|by)
i (?:said|told you|already told you)
(?:free|available) (?:this|next|tonight|tomorrow)
    `),
    note: 'It presses them to answer. Silence is an answer too, and pressing makes it longer.',
  },
  {
    id: 'contempt',
    pattern: rx(String.raw`
you'?re being (?:so )?(?:childish|ridiculous|selfish|immature|difficult|pathetic|petty)
i can'?t (?:even )?look at you
some of us (?:actually )?parent
(?:you(?:'re| are| were)|your|ur|such an?|what an?|you) (?:\w+,? ){0,2}(?:idiot|loser|joke|moron|clown|coward|liar|child|baby|psycho|creep|stalker|disgrace|disappointment|failure|hypocrite)
(?:pathetic|disgusting|petty|creepy|obsessive|embarrassing|delusional|unhinged|spineless|worthless|clueless)
grow up
get a life
(?:don't|dont) (?:even )?bother
full of (?:lies|crap|it|shit)
enjoy (?:being alone|your (?:little|new)|it while)
get over (?:it|yourself)
nobody (?:wants|cares|likes)
who (?:forgets|does that|raised you)
(?:shut up|leave me the hell alone|get lost)
    `),
    note: 'It speaks with contempt. Whatever the message is for, this is the part they will remember.',
  },
  {
    id: 'sarcasm',
    pattern: rx(String.raw`
(?<!make )sure you are(?= *[.!?]|$)
real (?:heartfelt|mature|classy|nice|original)
that'?s all you'?ve got
but whatever
you can thank yourself
more than can be said for
which is typical
hope (?:she|he|it) was worth it
hope you can live with yourself
not that you (?:ever )?(?:cared|care|bothered|paid)
maybe if you'?d (?:bothered|listened|tried)
would'?ve been nice to
thanks for nothing
(?:wow|gee),? thanks?(?: a lot| so much| for)?
thanks? for (?:nothing|finally|making this)
took you long enough
nice of you to (?:finally|even|actually)
(?:so )?now you (?:want|care|remember|decide)
(?:back )?when you (?:actually|still) cared
how (?:nice|kind|thoughtful|generous|sweet) of you
congrats,? i guess
not like i (?:ever )?(?:mattered|matter|meant)
(?:don'?t|do not) come crying
(?:have fun|enjoy (?:your|ur) (?:new )?life|have a nice life) (?:with (?:him|her|them)|without me)
i'?ll just (?:rearrange|change|drop|cancel|sit here|wait around)
(?:your|ur) precious
(?:ok|okay|fine),? whatever(?! \w)
(?:classy|typical)(?= *[.!]| *$)
oh (?:great|wonderful|perfect|brilliant|lovely|good)
(?:love|loving) (?:that|how) you
very (?:mature|classy|subtle|nice|responsible|adult)
subtle
i'?m sure
as (?:always|usual|ever)
(?:yet )?again,? (?:as|seeing|since|because)
(?:unlike|like) (?:last|every) (?:time|week|thursday|friday|weekend|monday|tuesday|wednesday|saturday|sunday)
(?:if|assuming) you (?:can|could) (?:manage|be bothered|remember|handle)
(?:couldn't|can't|cannot) be bothered
for once
(?:here we go|there you go) again
shocking
big surprise
(?:i|we) get it
good for you
must be nice
as per usual
i wonder (?:whose|who|why|what|how)
like everything else
(?:let'?s|we'?ll) see how long
come running back
thanks a lot
(?:such|what) a surprise
cant wait
can't wait
    `),
    note: 'It reads as sarcastic. Sarcasm by text lands as contempt.',
  },
  {
    id: 'threat',
    pattern: rx(String.raw`
non-?negotiable
you need to call me
i'?ll know it'?s (?:really )?over
i'?ve booked us
only (?:sign|give|return|pay|hand) (?:\w+ ){0,3}once you
you know where to find me
if you miss me
(?:i'?d really love it|it would mean a lot) if you came
so we could finally talk
(?:only|won'?t|not) (?:hand|give|return|drop|sign|bring) (?:\w+ ){0,3}(?:back )?(?:if|unless) (?:we|you)
only if (?:we|you) (?:\w+ ){0,2}(?:talk|meet|sit|see|come|agree|promise)
unless you (?:agree|meet|talk|come|see)
when you'?re ready to talk properly
(?:reply|answer|decide) by (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|the weekend)
otherwise i'?ll assume
if you come,? we start over
(?:i'?m|i am) not giving up on us
i'?ll keep (?:writing|texting|messaging|trying|calling) until
sent (?:you )?flowers to your (?:work|office|house|door)
last time you'?ll (?:ever )?hear from me
(?:see|take|drag) you (?:to|in) court
(?:in front of|tell|call) (?:the|a) (?:judge|court|lawyer|police|cops|mediator)
(?:my|the) lawyer will
(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:tell|call|report|expose|post|show|make sure|take(?! (?:them|the kids|the children|him|her) (?:to (?:school|nursery|the (?:dentist|doctor|gp|park|pool|cinema|match|party|hospital)|swimming|football|practice|class|their (?:lesson|class|practice))|swimming|home after)\b)|keep(?! (?:you|u) (?:posted|updated|informed|in the loop))|stop paying|withhold|ruin)
you'?ll (?:be sorry|regret|see|pay|be seeing|never see)
(?:if|unless) you (?:don't|do not|won't|keep)[^.?!]{0,60}\b(?:i'?ll|i will|i'?m|or|then)
or (?:else|i'?ll|i will|i'?m (?:taking|keeping|going|calling|done))
(?:either|it's) (?:me|this|you)[^.?!]{0,40}\bor\b
(?<!(?:respect|accept|understand|support|honou?r|missed|miss|missing|return|returning|take|taking) )your (?:choice|call|move|decision)
you have (?:until|till|24 hours|one day|a day)
(?:everyone|people|the kids) will (?:know|find out|see)
(?:forget about|you can forget) (?:seeing|getting|it)
don't you dare
do you understand
you must
make sure you
keep this up
end of (?:discussion|story|conversation)
anywhere near (?:my|the|our) (?:kids|children|son|daughter|house)
you'?ll (?:just )?have to
    `),
    note: 'It reads as a threat or an ultimatum. That ends a conversation; it does not start one.',
  },
  {
    id: 'messenger',
    pattern: rx(String.raw`
tell your (?:mom|mum|dad|mother|father|sister|brother|friend|new|boyfriend|girlfriend)
(?:told|asked|had|got) (?:\w+ ){1,2}(?:to )?(?:tell|pass|call|bring|give|ask|explain)
(?:just )?ask (?:him|her|them|the kids)
(?:should have|should've|was supposed to) told you
forward (?:this|it) to
(?:her|his|their) words,? not mine
(?:sent|put) (?:a note|it|the papers|the forms?) (?:home )?(?:with|in (?:her|his) (?:bag|backpack))
(?:my|your) (?:mother|mom|mum|dad|father|sister|brother|lawyer|friend) will (?:be in touch|contact|call|text)
(?:the kids|he|she) (?:says?|said|told me) (?:he|she|you|that)
    `),
    note: 'It passes the message through someone else, often the children. Say it to them directly, or let it go.',
  },
  {
    id: 'over_apology',
    pattern: rx(String.raw`
sorry again
sorry (?:for|about) (?:everything|anything|all of it|all that|whatever)
sorry,? sorry
(?:apologi[sz]ed|said sorry) (?:enough|properly|before)
(?:i know )?i (?:already )?said (?:it|sorry) (?:before|already)
(?:never|not) (?:said|say) it properly
one more (?:time|apology)
(?:keep|still) (?:feeling|want(?:ing)? to|need(?:ing)? to) (?:apologi[sz]e|say sorry)
    `),
    note: 'Apologising again asks them to look after your guilt. Once, sincerely, is enough.',
  },
  {
    id: 'nostalgia',
    pattern: rx(String.raw`
like (?:we|old times|we used to|the old days)
(?:best|happiest|greatest) (?:night|day|weekend|time|year|days|summer|trip)s? of my (?:life|entire)
(?:we should|we could|let's) (?:totally |really |definitely )?(?:celebrate|catch up|get together|hang out|meet up|grab|go)(?:[^.?!]{0,30}\b(?:together|like|properly|again))
(?:do|did) you (?:ever )?think (?:about|of) (?:it|that|those|what we|the|our|how)
(?:remember|miss) (?:our|us|the way we|when we|how we)
(?:the way|how) (?:things|we) (?:were|used to be)
(?:things|it) back (?:how|the way) (?:they|it) (?:were|was)
where'?s your head at
    `),
    note: 'It reaches back to the relationship. A message about now is lighter.',
  },
  {
    id: 'drunk',
    pattern: rx(String.raw`
(?:drunk|tipsy|wasted|buzzed|hammered|wine|shots|drinks?|drinking)
at a (?:bar|club|party)
(?:[1-5]|12)(?::\d{2})? ?am
(?:middle of the night|can't sleep|cant sleep|up all night|still awake)
    `),
    note: 'It is written late, or after a drink. Those messages read the way they were written.',
  },
  // What calm messages do: these lower the reading, and some are what a source recommends.
  {
    id: 'apology',
    calm: true,
    pattern: rx(String.raw`
i'?m (?:so |really |truly |deeply )?sorry (?:for|about|i|that i)
i apologi[sz]e for
i was (?:wrong|unfair|selfish|out of line|a jerk|rude|harsh)
(?:that|it) was (?:my fault|on me|wrong of me)
i take (?:full )?responsibility
i owe you an apology
(?:that was|that's|it was|it's) (?:all )?on me
my bad
i regret (?:it|what|how|the|that|saying|not)
no excuses?
(?:you|u) (?:never|didn't) deserve
    `),
    note: 'An apology that owns your part.',
  },
  {
    id: 'logistics',
    calm: true,
    pattern: rx(String.raw`
(?:pick(?:ing)?|picked) (?:up|(?:him|her|them|the kids?) up)
drop(?:ping|ped)? (?:off|(?:him|her|them|it|the kids?) off)
(?:school|daycare|nursery|practice|recital|game|appointment|dentist|doctor|pediatrician|paediatrician|vet|teacher|parent-teacher|homework|lunch money|permission slip)
(?:custody|visitation|handover|hand-off|exchange|schedule|calendar|itinerary|court|mediation|mediator|lawyer|attorney)
(?:lease|landlord|rent|deposit|bill|bills|utilities|insurance|mortgage|tax(?:es)?|payment|invoice|refund|account|subscription|venmo|paypal|transfer)
(?:keys?|documents?|papers|passport|mail|package|parcel|belongings|stuff|boxes|charger|jacket|car|title|registration)
(?:the (?:kids|children|dog|cat|puppy)|our (?:son|daughter|kids|children|dog|cat))
\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)
(?:at|by|around|before|after) \d{1,2}(?::\d{2})?
(?:this|next) (?:${days}|weekend|week)
(?:on|this|next|until|by) ${days}
confirm(?:ing|ed)?
(?:pay|paid|owe|split) (?:the|half|your|my|for)
    `),
    note: 'Practical and factual.',
  },
  {
    id: 'boundary',
    calm: true,
    pattern: rx(String.raw`
(?:please )?(?:don't|do not|stop) (?:contact|text|call|message|email|reach out|come by|show up)
i (?:need|want|would like|'d like) (?:some )?(?:space|time|distance|no contact)
i (?:won't|will not|am not going to|'m not going to) (?:be )?(?:respond|reply|answer|responding|replying|answering|discuss|engage)
(?:only|just) (?:contact|text|message) me (?:about|regarding|if)
(?:only|just) (?:about|regarding) (?:the kids|the children|logistics|the (?:dog|cat))
i (?:wish|hope) you (?:well|the best|all the best)
take care(?: of yourself)?
all the best
best of luck
(?:this|that) (?:is|will be) my last (?:message|text)
i'?m (?:going to )?(?:block|blocking|mute|muting)
(?:let's|we should|i'?d prefer (?:to|we)) (?:keep (?:this|it|things)|stick to|communicate)
(?:keep|keeping) (?:it|this|things) (?:brief|short|about|to)
i'?m not (?:ready|able) to (?:talk|be friends|see you|discuss)
no hard feelings
(?:please )?respect (?:that|my|this|it)
(?:it'?s|it is|the answer is) still (?:a )?no
(?:best|better) (?:if )?(?:we|to) (?:don't|do not|not|stop) (?:keep in touch|stay in touch|talk|be in contact|contact)
(?:i )?need (?:some )?(?:distance|space) (?:to|from|for)
    `),
    note: 'A clear, calm boundary.',
  },
  {
    id: 'congratulations',
    calm: true,
    pattern: rx(String.raw`
congrat\w*
(?:so )?(?:happy|proud|glad) for you
well done
happy (?:birthday|bday|new year|holidays|thanksgiving|easter|hanukkah|diwali|eid)
merry christmas
good luck
best wishes
you (?:deserve|earned) it
(?:sorry|so sorry) (?:for|about) your (?:loss|dad|mum|mom|father|mother|grand\w+|dog|cat)
(?:get|feel) (?:well|better) soon
    `),
    note: 'A warm wish that asks for nothing.',
  },
  {
    id: 'thanks',
    calm: true,
    pattern: rx(String.raw`
thanks?(?: you)?
thx
(?:i )?appreciate (?:it|that|you|this)
cheers
    `),
    note: 'Thanks, plainly.',
  },
  {
    id: 'light_memory',
    calm: true,
    pattern: rx(String.raw`
reminded me of you
made me think of you
(?:saw|heard|passed|found) (?:this|that|a|the|your)[^.?!]{0,50}\b(?:thought of you|made me (?:laugh|smile|think)|remembered|reminded me)
thought (?:of|you'?d) (?:you|like|appreciate|laugh|enjoy)
you'?d (?:love|like|laugh at|appreciate|enjoy|hate) (?:this|that|it)
(?:remember|remembered) (?:when|that time|our|the)
made me (?:smile|laugh|grin)
still (?:laugh|laughing|smiling)
    `),
    note: 'A light memory they can smile at without owing you anything.',
  },
  {
    id: 'friendly_question',
    calm: true,
    pattern: rx(String.raw`
how (?:are|have) you (?:been|doing)
(?<=\w[^?]{8,}[.!,] ?)how are you
(?:hope|hoping) (?:work|things|life|school|the \w+|your \w+) (?:has|have|is|are) (?:calmed down|settled|settling|quieter|easier|better|going well|been good|been kind)
how'?s (?:work|school|the (?:new )?(?:job|place|apartment|flat|dog|cat|family)|your (?:mom|mum|dad|family|sister|brother|day|week|job|new)|life|everything)
how (?:did|was) (?:the|your) (?:interview|exam|trip|race|move|marathon|game|show|concert|presentation|surgery|first)
(?:hope|hoping) (?:you'?re|you are|you have|you'?ve|all is|everything|things|the|your|work|life)[^.?!]{0,30}\b(?:well|good|great|okay|ok|going|fun|nice)
did you (?:ever )?(?:get|end up|finish|try|see|watch|make it)
how(?:'s| is| was| did| are| have) (?:the|your|work|school|life|things|everything|it going)
did you (?:ever )?(?:nail|hear|manage|finally|like|enjoy|go)
how'?s (?:it|that|the \w+) (?:going|settling|working)
    `),
    note: 'A friendly interest in their life.',
  },
  {
    id: 'well_wishing',
    calm: true,
    pattern: rx(String.raw`
(?:have|enjoy) (?:a (?:good|great|nice|lovely)|fun|your)
hope you (?:have|enjoy|had)
i hope you find
(?:rooting|cheering) for you
    `),
    note: 'A kind wish.',
  },
  {
    id: 'no_pressure',
    calm: true,
    pattern: rx(String.raw`
no (?:need|pressure|rush|worries) to (?:reply|respond|answer|write back)
(?:no|zero) pressure
(?:don't|do not|dont) (?:feel (?:like )?you (?:have|need) to|worry about) (?:reply|respond|answer|writing)
(?:no|don't) (?:need|have) to (?:reply|respond|answer)
(?:whenever|if) you(?:'re| are)? (?:free|want|feel like|have time|get a chance)
(?:totally|completely) (?:fine|okay|ok|understand) if (?:not|you)
    `),
    note: 'It leaves them free to answer or not.',
  },
  {
    id: 'condolence',
    calm: true,
    pattern: rx(String.raw`
sorry (?:to hear|for your loss)
sorry (?:about|for) (?:your|the) (?:mom|mum|mother|dad|father|nan|nana|gran|grandma|grandpa|grandad|grandmother|grandfather|loss|dog|cat|news|diagnosis|brother|sister|aunt|uncle|friend|job)
(?:sending|sent) (?:love|hugs|strength|good vibes)
(?:thinking of|here for) you (?:and your|today|before|during)
(?:if|whatever) you need (?:anything|something|help)
you'?ve got this
    `),
    note: 'Kindness at a hard time, asking nothing back.',
  },
];

export const familyById = new Map(families.map((f) => [f.id, f]));
