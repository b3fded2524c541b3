import { alt, gap } from './concepts-en.ts';

/**
 * Self-harm concepts in tiers, in English, over normalized text. Each is a meaning with its
 * many phrasings, not a listed sentence: explicit ideation, indirect ideation, means and plans,
 * preparation and farewell, and acts. Recall matters most here (a miss leaves someone alone; a
 * false alarm costs one gentle question), so figures of speech are taken out first (`figures`)
 * rather than narrowing the concepts.
 */
export type SelfHarmTier = 'explicit' | 'indirect' | 'means' | 'preparation' | 'act';
export type Concept<Tier extends string> = {
  tier: Tier;
  re: RegExp;
  /** A negation just before ("I'd never…", "not suicidal") cancels it. Default true. */
  negatable?: boolean;
  /** The act must follow a subject that can abuse ("he", "my ex", a name): see `agentBefore`. */
  needsAgent?: boolean;
};

const c = <Tier extends string>(tier: Tier, source: string, negatable = true): Concept<Tier> => ({
  tier,
  re: new RegExp(source, 'g'),
  negatable,
});

const I = String.raw`\b(?:i|i'm|im|i am|i've|i have|i'd|i would|i'll|i will|i was|i feel|i felt|i keep|i kept|i just|i really|i honestly|i seriously|i sometimes|part of me|me)\b`;
const die = alt('die', 'be dead', 'not exist', 'stop existing', 'not be alive', 'not be here', 'not wake up');
const meds = alt(
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'ibuprofen',
  'advil',
  'motrin',
  'nurofen',
  'aspirin',
  'excedrin',
  'panadol',
  'co-?codamol',
  'codeine',
  'tramadol',
  'oxy(?:codone|contin|s)?',
  'percocet',
  'vicodin',
  'morphine',
  'fentanyl',
  'heroin',
  'xanax',
  'valium',
  'diazepam',
  'lorazepam',
  'ativan',
  'klonopin',
  'clonazepam',
  'zopiclone',
  'ambien',
  'zolpidem',
  'sleeping (?:pills|tablets|meds)',
  'sleep(?:ing)? aids?',
  'sleepers',
  'benadryl',
  'diphenhydramine',
  'nyquil',
  'sertraline',
  'zoloft',
  'prozac',
  'fluoxetine',
  '(?:es)?citalopram',
  'lexapro',
  'amitriptyline',
  'mirtazapine',
  'venlafaxine',
  'effexor',
  'quetiapine',
  'seroquel',
  'lithium',
  'insulin',
  'anti-?depressants?',
  'pain ?killers',
  'pills',
  'tablets',
  'meds',
  'medication',
  'medicine',
  'prescriptions?',
  'antifreeze',
  'bleach',
  'rat poison',
  'poison',
  'pesticide',
  'weed ?killer',
  'opioids',
  'opiates',
);
const body = alt(
  'arms?',
  'wrists?',
  'legs?',
  'thighs?',
  'skin',
  'stomach',
  'hips?',
  'belly',
  'ankles?',
  'forearms?',
  'veins?',
  'body',
);
const lifeWords = alt(
  'living',
  'life',
  'being alive',
  'existing',
  'existence',
  'being here',
  'waking up',
  'going on',
  'carrying on',
  'it all',
  'everything',
  'this life',
  'my life',
  'fighting',
);

export const selfHarmConcepts: Concept<SelfHarmTier>[] = [
  // Explicit ideation.
  c(
    'explicit',
    String.raw`\b(?:kill|killing|killed|end|ending|ended|off|offing|top|topping|shoot|shooting|hang|hanging|drown|drowning|poison|poisoning|overdose on|od on) ?my ?self\b`,
  ),
  c('explicit', String.raw`\bsuicid(?:e|al|ally)\b`),
  c(
    'explicit',
    String.raw`\b(?:want|wanted|wanting|wish|wished|wishing|ready|going|plan|planning|hope|hoping|deserve|deserved|need|needed|would like|'d like|longing|long|yearn|trying|tried|about) (?:to |i could |i would |i'd |i was |i were |i had |that i could |that i would )?(?:just |simply |finally |quietly |honestly )?${die}\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:i|me) (?:should|might as well|may as well|need to|just want to|want to) (?:just )?(?:die|be dead|end it|end it all|end things|go away forever)\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:let me|make me|please let me|i could just|i can just|i would just|i'd just|i'll just|i will just) die\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:end|ending|ended|take|taking|took|end up taking) (?:my (?:own )?life|it all|my own life|everything for good|everything tonight)\b`,
  ),
  c(
    'explicit',
    String.raw`${I} ${gap(3)}(?:end|ending) (?:it|everything|things (?:all|for good|forever|tonight|once and for all))(?: all| now| tonight| today| soon| for good| forever| once and for all)?\b(?! (?:with|between|off|for (?:us|him|her|them)|officially|properly|on good terms|for the relationship)\b)`,
  ),
  c('explicit', String.raw`\b(?:better off|rather be|'d be better) dead\b`),
  c(
    'explicit',
    String.raw`\bwish (?:i was|i were|i'd|i had|i could be|i was just) (?:dead|never (?:been )?born|gone|not alive)\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:thoughts?|thinking|think|thought|dreaming|dream|fantasi[sz]e|fantasi[sz]ing) (?:of|about) (?:dying|death|my death|killing|ending (?:my life|it all|it|everything|things)|not being (?:here|alive|around)|being dead|suicide|taking my life|jumping|overdosing|the end)\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:for death|to die|i die|i don't wake|not to wake|i won't wake|i never wake|that i die)\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:death|dying) (?:would be|is|seems|feels|sounds) (?:a |the )?(?:relief|easier|better|the only|the answer|peaceful|welcome|my only|an escape|the best)\b`,
  ),
  c(
    'explicit',
    String.raw`\b(?:tried|attempted|try|attempt|trying) (?:to )?(?:end it|die|take my life|end my life|kill)\b`,
  ),
  c('explicit', String.raw`\bmy (?:last |first |second |previous )?attempt\b`),
  c(
    'explicit',
    String.raw`\b(?:don't|do not|no longer) (?:deserve|want) to (?:live|be alive|exist|be here|breathe)\b(?! (?:in|with|near|at|there|abroad|here|together|on my own|alone in|like a|under|next)\b)`,
  ),

  c(
    'explicit',
    String.raw`(?<!\b(?:he|she|they|we|you|him|her|them|should|to)\b[^.!?]{0,30})\b(?:end|ending) it\b(?! (?:with|between|off|for (?:us|him|her|them)|all with)\b)(?<!\b(?:to|ll|will|should|could|might|did|finally|just|i) end it (?=with))|\bbeing dead (?:would|is|sounds|seems|feels|might)\b`,
  ),

  c(
    'explicit',
    String.raw`\b(?:angry|sad|disappointed|upset|furious|gutted) (?:that )?i survived\b|\bnext time i'?ll make sure\b`,
  ),

  // Indirect ideation.
  c(
    'indirect',
    String.raw`\b(?:don't|do not|doesn't|didn't|no longer|not|never|can't|cannot) (?:really |even |honestly |actually )?(?:want|wanna|wish|care|see myself|see the point|feel like|have the energy) (?:to )?(?:be )?(?:live|living|alive|exist|existing|wake up|waking up|keep living|go on living|carry on|keep going|be here anymore|be around anymore|be on this earth|be in this world|here anymore)\b(?! (?:in|with|near|at|there|abroad|here|together|in this|on my own|alone in|like a)\b)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:won't|will not|wont|not going to|might not|may not|soon i won't|i won't) be (?:here|around|alive|a (?:problem|burden|bother)) (?:much longer|for (?:much )?longer|for long|anymore|any more|tomorrow|next (?:week|year)|by|to see|soon|after|when)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:not|no longer) (?:be|being) (?:here|around|alive) (?:anymore|any more|much longer|for long|tomorrow)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bwish (?:i|that i) (?:wasn't|weren't|was not|were not|didn't|did not|could|would|had never) (?:here|alive|around|born|exist|just disappear|disappear|vanish|sleep forever|stop existing|fall asleep and|cease|been born|wake up)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:sleep|fall asleep|go to sleep|close my eyes|lie down|drift off|pass out)(?: tonight)? and (?:never|not|don't|won't) (?:wake|open|get up)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:never|not|don't|won't) (?:to )?(?:wake|waking) up (?:again|ever|tomorrow|anymore|in the morning)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:hope|hoping|wish|praying|pray) (?:that )?(?:i )?(?:never|don't|won't|do not) wake up\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:sleep|asleep) (?:forever|for ever|for good|permanently|and never)\b|\beternal (?:sleep|rest)\b|\bpermanent sleep\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:better|easier|happier|lighter) (?:off )?(?:for (?:everyone|everybody|them|him|her|my (?:family|kids|parents|mum|mom|friends))? ?)?(?:without me|if i (?:wasn't|weren't|was not|were not|was gone|were gone|died|disappeared|didn't exist|was dead|were dead|left for good|wasn't around|wasn't here|just went away|was never born|never existed))\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:world|everyone|everybody|family|they) (?:would|will|'d) (?:be )?(?:better|fine|happier|okay|ok|relieved) (?:off )?(?:without me|if i)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:i'm|i am|i feel like|i feel|being|been|become|im|always|just|such|only|nothing but) (?:such |just |only |nothing but |a |an )*(?:a |an )?(?:burden|waste of (?:space|air|oxygen|life)|drain on everyone|dead weight)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bburden (?:to|on|for) (?:everyone|everybody|my|them|the people|people|others|you all|all of you)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:no|not any|isn't any|isn't a|is no|see no|don't see (?:the|any|a)|can't see (?:the|any|a)|there's no|what's the|whats the|what is the|lost the|without a|don't get the|no real) ?point (?:in |of |to )?(?:living|life|being alive|going on|carrying on|existing|being here|waking up|anything|any of it|it all|me|continuing|staying alive|getting up|trying anymore|keep going|keeping going|even trying|breathing|tomorrow|anymore)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:life|living|existing|everything|my life|my existence) (?:is|feels|seems|has become|'s) (?:\w+ )?(?:pointless|meaningless|worthless|not worth (?:it|living)|unbearable|over|hopeless|too hard to bear|too much to bear|a waste)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:not|isn't|no longer|wasn't) worth (?:living|it anymore|being alive|staying alive|the effort of living)\b|\bnot worth (?:anything|saving)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bnothing (?:left )?(?:to live for|left for me|to stay for|to look forward to|to keep me here|keeping me here)\b|\b(?:no|lost (?:my|the)|losing (?:my|the)|don't have (?:a|the|any)) (?:reason|will|desire|wish) (?:to |for )?(?:live|living|go on|keep going|stay|be here|get up|wake up|carry on|exist|stay alive)\b`,
    false,
  ),
  c('indirect', String.raw`\b(?:tired|sick|exhausted|weary|worn out|done) (?:of|with) (?:${lifeWords})\b`),
  c(
    'indirect',
    String.raw`\b(?:can't|cannot|can not|couldn't|don't think i can|unable to|not able to|won't be able to|don't know how (?:much longer )?(?:i can|to)) (?:\w+ )?(?:go on|keep going|carry on|continue like this|keep doing this|do this anymore|do this any more|take (?:it|this) (?:anymore|any more|much longer|any longer)|take any ?more|take much more|live like this|keep living|face (?:another day|tomorrow|anything|life)|handle (?:life|living|it anymore|this anymore)|cope anymore|cope any more|bear (?:it|this) (?:anymore|any more|much longer)|hold on (?:anymore|any longer|much longer)|survive this|get through (?:another|this) (?:night|day))\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:want|need|wish|just want|make|let) (?:the |this |all (?:the |this )?|my |everything |it all |it |the )?(?:pain|hurt|suffering|agony|torment|noise|thoughts|misery|everything|it all|all of it|this all|the world) (?:to )?(?:stop|end|go away|be over|fade away) (?:forever|for good|permanently|once and for all|for ever)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:want|need|wish|just want) (?:it all|everything|all of it|it|this|life) (?:to )?(?:stop|end|be over|just stop|just end)(?! (?:hurting|with|between)\b)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:end|stop|escape) (?:the|my|this) (?:pain|suffering|misery|torment|agony)(?! (?:of (?:the|this) breakup|in my chest)\b)\b|\bescape (?:from )?(?:it all|everything|this life|life|this world|my life)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:finally |forever |eternally )?(?:be|being|rest|resting|find|finding|found|get|have) (?:at |some |any )?(?:peace|rest),? (?:forever|for good|finally|at last|for ever|once and for all|permanently|for eternity|where no one)\b|\b(?:want|wanna|need|long|ready) to (?:just )?(?:rest|sleep|be still|be quiet) (?:forever|for good|permanently|for eternity|for ever)\b|\b(?:want|wanna|wish|long|longing|ready) to (?:be with|join) (?:my |our )?(?:\w+ ){0,2}(?:in heaven|on the other side|up there in heaven)\b|\brest in peace\b|\bonly way (?:to|i'll|i will|i can|i could) (?:find|get|have|feel) (?:any )?peace\b|\bpeace (?:would|will) (?:only )?come (?:when|if) i\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:(?:go|fade) away(?= (?:for good|forever|permanently|for ever))|disappear|vanish|cease to exist|leave this (?:world|earth|life|planet)|be gone|erase myself)(?: for good| forever| permanently| off the face of the earth| from (?:this|the) world| and never come back| for ever|$|\.)`,
  ),
  c(
    'indirect',
    String.raw`\b(?:stop|stopped|cease|ceased) existing\b|\bnot exist(?:ing)? (?:anymore|any more)\b|\bi (?:wish i )?(?:didn't|did not) exist\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:who|nobody|no one|noone|not one person|would anyone|would anybody|does anyone|will anyone|anyone|someone) (?:even |really |actually )?(?:would |will |'d |is going to |going to |is gonna )?(?:even |really |actually )?(?:miss|notice|care|mourn|cry|come to my funeral|remember me|show up to my funeral|notice i'm gone|notice if i)(?: if i| when i| that i| me if| me when| at my funeral| i'm gone| if i was gone| if i wasn't)?\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bmy (?:own )?funeral\b|\b(?:when|after|once|if|before) i(?:'m| am) (?:gone|dead|not here|not around)\b|\b(?:when|after|if|once) i (?:die|died|was gone|were gone|was dead|were dead|kill|go for good|am no longer here)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:no|there's no|there is no|don't see (?:a|any)|can't see (?:a|any)|see no|there isn't a|there's not a|only one) (?:way out|escape|other way|exit|future for me|hope for me|way forward|light at the end|tomorrow for me|future at all|future anymore|point going on)\b|\b(?:the )?only (?:way out|escape|option left|solution left|answer left|way to make (?:it|this|the pain) stop)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:i have|i've got|there's) no future\b|\bfeel (?:so )?trapped (?:and|with) no (?:way|escape|exit)\b|\btrapped in (?:my (?:own )?(?:life|head|body)|this life)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bgoodbye(?:,)? (?:cruel )?world\b|\b(?:see|meet) (?:you|everyone) on the other side\b|\bjoin (?:him|her|them|my (?:mum|mom|dad|nan|gran|grandma|grandad|grandpa|brother|sister|son|daughter|baby)) (?:in heaven|up there|on the other side|soon)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:deserve|deserved) to (?:die|suffer|be dead|disappear|rot)\b|\bi (?:should|shouldn't|should not) (?:just )?(?:be dead|be here|be alive|exist|have been born|disappear)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:hate|hating|hated|sick of) (?:being alive|existing|living|my existence|waking up every|that i'm alive|that i woke up|waking up)\b`,
  ),
  c(
    'indirect',
    String.raw`\b(?:not|isn't|am not|i'm not|never) (?:afraid|scared) (?:of dying|to die|of death|to go)\b|\bready to (?:go|leave this|die|let go of (?:life|everything|this world))\b(?! (?:out|home|back|to|on|for)\b)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:the|this) (?:world|earth|planet) (?:would be|is|will be) better without me\b|\b(?:everyone|everybody|they|people) (?:would|will|'d) (?:get over|forget) me (?:quickly|soon|in a week|fast)\b`,
  ),
  c(
    'indirect',
    String.raw`\bwhat'?s the point of (?:me|me being here|anything|it all|going on|trying anymore|waking up|any of this)\b|\bwhy (?:am i|do i even|should i) (?:still )?(?:here|alive|exist|bother living|keep going|wake up|stay)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:can't|cannot) (?:see|imagine|picture) (?:a|any|myself in a|myself having a) future\b(?! (?:with|together)\b)|\b(?:no|don't have a|don't have any) future\b(?! (?:with|together|for us|for the two)\b)`,
    false,
  ),

  // Passive wishes for death, and the wish to stop being.
  c(
    'indirect',
    String.raw`\b(?:hope|hoping|wish|wishing|pray|praying|wouldn't mind|wouldnt mind|would not mind|don't mind|daydream\w*|imagine|imagining|fantasi[sz]\w*|keep thinking|think about|thinking about) (?:\w+ ){0,4}(?:something (?:bad )?happens to me|i (?:get|got) (?:sick|ill|hit|cancer|run over)|(?:a|the) (?:bus|car|truck|lorry|train|plane) (?:hit|hits|would hit|crashed|crashes)|an accident|a crash|i (?:don't|didn't|won't|wouldn't|never) (?:make it|come back|recover|survive|arrive|get up|come home|wake)|not (?:recover|arrive|come back|make it|survive|wake)|it(?:'s| is| was)? (?:just |all )?over|my (?:heart|body) (?:stops|gives out|gives up|would stop|just stops)|fading out|slipping away|just stopping|never waking)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:waiting|wait) (?:\w+ ){0,2}(?:to die|for (?:death|the end|my body to (?:give up|give out|stop))|for a reason to (?:stop|go|end it))\b|\b(?:my body|my heart) (?:to |will )?(?:give up|give out|stop) on its own\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:easier|better|simpler|nicer|kinder|quieter|peaceful|easy) (?:\w+ ){0,3}(?:to (?:just )?(?:not|never) (?:exist|be here|be around|be alive|wake up|be|arrive|come back|come home)|not (?:to )?exist(?:ing)?|not being (?:here|around|alive))\b|\b(?:want|wanna|need|like|rather) (?:to )?(?:just )?(?:not be|not exist|stop being|stop being alive|be nothing|be gone|be done)\b(?! (?:with|here (?:today|tonight|this)|around (?:him|her|them)|in (?:the|this) (?:room|house|relationship)|there|at|the (?:one|only|first)|so|a |an |like|his|her|their|your|friends|sad|angry|upset|this way|alone|single|in love)\b)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:not|never|no longer) (?:being|be) (?:here|around|alive|in this world)\b|\b(?:out of the picture|off this planet|off this earth|six feet under|in the ground|under the ground)\b|\bi (?:just )?want off\b|\b(?:switch|turn|shut|fade|fading|faded|sign|log) (?:\w+ ){0,2}(?:off|out) (?:for good|permanently|forever|for ever)\b|\b(?:halfway|already|nearly|almost) gone\b|\bpause on (?:being alive|life|living)\b|\b(?:for good|permanently|forever|for ever)\b(?=[^.!?]*\b(?:gone|disappear|vanish|quiet|off|sleep|rest|away from me|better off|over|stop)\b)(?<=\b(?:i|i'm|me|my|myself|i'd|i'll|everyone|everybody)\b[^.!?]*)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:better|happier|easier|lighter|freer|fine|okay|ok|less stressed|relieved|calmer) (?:\w+ ){0,4}(?:without me|away from me|if i (?:\w+ )?(?:wasn't|weren't|was not|were not|was gone|were gone|wasn't around|wasn't here|died|disappeared|didn't exist|was dead|left for good|never existed|went away|stopped existing)|once i(?:'m| am) (?:gone|out of the picture|not around)|with me gone|with me out of)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:they'd|they would|everyone would|everyone'd|everybody would|people would|my family would|the kids would|my kids would|they'll|everyone will|everybody will) (?:all )?(?:\w+ )?(?:move on|get over (?:it|me)|forget (?:about )?me|be fine|be ok|be okay|cope|manage|be better|be happier|be relieved|barely notice|hardly notice|not notice) (?:\w+ ){0,3}(?:without me|after a (?:while|bit|week|month)|within (?:a|the) (?:week|month|year|day)|in (?:a|no) (?:week|month|time)|quickly|soon enough|if i)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:be|still be|stay) (?:here|around|alive) (?:much longer|for (?:much )?longer|by (?:christmas|then|next \w+|the end of|my birthday|summer|spring|new year|easter)|next (?:year|month|week|christmas))\b|\b(?:do|doing|keep doing|carry on|live) (?:this|like this|it) (?:for )?(?:much longer|any longer|forever)\b|\bcounting down\b(?! (?:to|the days (?:to|till|until) (?:my|the|our|his|her) (?:holiday|trip|birthday|wedding|exams?))\b)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:what's|whats|what is|what the|no|see no|don't see (?:any|the)) (?:even |really |actually )?(?:the )?point(?: of (?:carrying on|going on|any of (?:it|this)|anything|me|living|life|it all|waking up|continuing|trying)| (?:even|anymore|any more) is| is there| anymore)?\s*(?:[.?!,]|$)`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:feel|feeling|felt|i'm|i am|completely|so|totally|utterly) (?:so |completely |totally |utterly )?trapped\b(?! (?:in (?:traffic|a lift|an elevator|the (?:lift|elevator|car|office|meeting))|at (?:work|home with the kids))\b)|\bno (?:exits?|escape|way out)\b|\bevery door (?:\w+ ){0,4}(?:shut|closed)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:i'm|im|i am) (?:so |just |completely )?over (?:it all|everything|being here|being alive|living|life|existing)\b|\b(?:want|need) to be done\s*(?:[.,!]|$)|\bnot going to make it (?:through|past|to)\b(?! (?:the (?:day|week|meeting|exam|shift)|work|this (?:meeting|week))\b)|\b(?:my (?:whole )?(?:existence|life|being)) (?:is|feels like|was) (?:a mistake|an accident|a waste|pointless|meaningless)\b|\b(?:i'm|i am|im) (?:a |such a |just a )?(?:mistake|waste of (?:space|air)|ghost)\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\b(?:not|never|don't|do not|doesn't|won't|can't) (?:\w+ ){0,2}(?:care|mind|bother) (?:\w+ ){0,2}(?:whether|if) i (?:live|die|wake up|make it|survive|am alive|exist|don't wake)\b|\b(?:whether|if) i (?:live or die|wake up or not|make it or not)\b`,
    false,
  ),

  c(
    'indirect',
    String.raw`\b(?:if|hope|hoping|wish|pray|simpler|easier|better|mind|wondering)\b[^.!?]{0,40}\b(?:never|didn't|didnt|don't|dont|not|wouldn't|won't) (?:\w+ )?(?:wake|woke|waking)\b|\bwake up disappointed\b|\bdisappointed (?:that )?i (?:woke|did|am still|'m still|still wake)\b|\b(?:can't|cannot|cant|couldn't) (?:\w+ )?(?:carry|bear|stand|handle|take|do) (?:this|it|any of it|all of it|life|living|the pain)(?: \w+)? (?:anymore|any more|much longer|any longer)\b|\b(?:done|finished) (?:carrying|fighting) (?:it|this)\b|\bwant (?:it|this|everything|it all|all of it) (?:to )?(?:just )?(?:be )?over\b|\b(?:stop|end|over|gone|off)\b[^.!?]{0,20}\bpermanently\b`,
    false,
  ),
  c(
    'indirect',
    String.raw`\bwon't be (?:here|around|alive) to\b|\b(?:wouldn't|won't|would not|will not|wouldnt|wont) (?:even )?notice (?:i'd|i had|i was|if i|i'm|i am|i've|when i) (?:gone|dead|not there|not here|disappeared|left)\b|\bnot like (?:anyone|anybody)(?:'s| is| will| would)? (?:going to |gonna )?(?:miss|notice|care about) me\b|\b(?:relieved|glad|better) not to have to (?:deal with|worry about|look after) me\b|\bno(?:body| one) (?:needs|wants) me (?:around|here|anymore|alive)\b|\bonly way (?:this|it|the pain|things|i|my pain) (?:stops|ends|will stop|will end|can stop|gets better|would stop)\b|\bchecking out (?:is|for good|permanently|early|of (?:life|this))\b|\b(?:too hard|can't|cannot|don't want|no reason|why) (?:\w+ ){0,2}(?:to )?keep (?:living|going|breathing|existing|waking up)\b|\b(?:don't|do not|dont|doesn't|never) (?:think i |feel like i |believe i |really )?deserve to (?:be here|live|be alive|exist|breathe)\b|\b(?:don't|do not|not|won't|doubt|never|can't|cannot)\b[^.!?]{0,30}\b(?:here|around|alive) (?:for|by|at|until|till) (?:christmas|my birthday|new year|easter|summer|the summer|the weekend|then|next (?:week|month|year))\b|\bdon't want to do (?:it|this|life) (?:anymore|any more)\b`,
    false,
  ),

  c(
    'indirect',
    String.raw`\bstaying asleep\b|\bif i (?:weren't|wasn't|was not|were not) (?:here|around)\b|\b(?:favour|favor) by (?:disappearing|going|leaving|not being)\b|\bdead inside\b[^.!?]{0,40}\b(?:body|caught up)\b|\bif it all ended\b|\bwill to live\b|\bin a coffin\b|\bbeing gone (?:wouldn't|would not|won't) (?:change|matter)\b|\bwon'?t fade back\b|\bfrom the world forever\b|\bif this is living\b|\bcan'?t do forever\b|\bcan'?t see a tomorrow\b|\bwhy (?:i |should i |would i )?(?:should )?stick around\b|\b(?:insurance|insurence) money\b|\bheart'?s fine\. shame\b|\bnot worth keeping\b|\b(?:don't|do not) (?:particularly |really )?want another (?:year|birthday|christmas)\b|\b(?:rather|'d rather) just go\b|\b(?:wouldn't|would not|won't) lose anything\b|\bless than nothing\b|\bfuture (?:=|is|feels) (?:blank|empty|gone|nothing|black)\b|\bmy future died\b`,
    false,
  ),

  c(
    'indirect',
    String.raw`\b(?:want|need|wish|long|longing) to (?:finally )?(?:find|be at|have) (?:some )?peace\s*(?:[.!]|$)|\b(?:think|thinking|thought|dream|dreaming) (?:about|of) not (?:waking up|being (?:here|alive|around)|existing|living)\b`,
  ),

  // Means and plans.
  c(
    'means',
    String.raw`\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|collecting (?:them|pills|tablets)|stash(?:ed|ing)?|stor(?:ed|ing)|hid(?:den|ing)?|count(?:ed|ing)|lin(?:ed|ing) up|put aside|putting aside|set aside|squirrel\w*|buying (?:extra|more|lots)|bought (?:extra|more|a lot|loads|lots|several|a few|boxes|packs|bottles)|kept|keeping|been keeping|building up|built up) (?:\w+ ){0,3}${meds}\b`,
  ),
  c(
    'means',
    String.raw`\b${meds} (?:\w+ ){0,3}(?:saved up|stashed|hidden|stockpiled|lined up|hoarded|put aside|squirrel\w*|in a drawer|in my drawer|for (?:when|if|a bad|the right|tonight|that night|one day)|just in case|for later|i've been saving|i have been saving|i've saved|i've kept|i keep)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:how (?:many|much)|enough|a lethal|the lethal|fatal|deadly|whole (?:bottle|box|pack|packet|strip|tub|jar|month's)|all (?:of )?(?:my|the|those|these|them)|a (?:bottle|box|handful|packet|pack|strip|load|bunch) of|\d+ ?mgs?|\d{2,} (?:pills|tablets)|double (?:the|my) dose|triple (?:the|my) dose|overdose|od|too many) (?:\w+ ){0,4}${meds}\b(?! (?:for (?:my|a|the) (?:headache|back|period|cramps|cold|flu|pain)|as prescribed)\b)`,
  ),
  c(
    'means',
    String.raw`\b${meds} (?:\w+ ){0,5}(?:would it take|would (?:kill|do it|be enough|be lethal|be fatal|end it)|to (?:die|end it|end my life|kill|overdose|od|not wake|never wake|sleep forever|do it)|is (?:lethal|fatal|deadly|enough to)|are (?:lethal|fatal|enough)|it would take)\b`,
  ),
  c(
    'means',
    String.raw`\bhow (?:many|much) (?:\w+ ){0,4}(?:would (?:it )?take|is (?:lethal|fatal|deadly|too much)|to (?:die|overdose|od|kill|not wake up|end it))\b|\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|combination|mix)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:take|taking|swallow|swallowing|down|downing|neck|necking) (?:them all|all of them|the (?:whole|entire|lot) (?:\w+ )?(?:bottle|box|packet|pack|lot|strip|jar|tub|stash)|(?:the )?whole lot|every (?:pill|tablet)|everything in the (?:cabinet|cupboard|drawer|box|bottle))\b`,
  ),
  c(
    'means',
    String.raw`\boverdos(?:e|ing)\b|\boding\b|\b(?:thinking|think|thought|dream|dreaming) (?:about|of) (?:pills|jumping|the bridge|the tracks|a rope|the rope|a noose|the gun|a gun|hanging|drowning|crashing|cutting)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|walk|walking|drive|driving|crash|crashing|steer|steering) (?:\w+ ){0,2}(?:off (?:a|the|that) (?:bridge|roof|cliff|building|ledge|balcony|edge|car park|multi-storey|tower)|from (?:a|the|that) (?:bridge|roof|cliff|building|ledge|balcony|window|tower)|in front of (?:a|the) (?:train|bus|truck|lorry|car|tube|tram)|onto (?:the|a) (?:tracks|motorway|highway|road)|into (?:the )?(?:river|sea|lake|water|traffic|oncoming|a (?:tree|wall))|(?:my|the) car (?:into|off))\b`,
  ),
  c(
    'means',
    String.raw`\b(?:stood|standing|stand|sat|sitting|sit|went|go|going|drove|driving|walked|walking|looked|looking|looking down|stare|stared|staring) (?:\w+ ){0,3}(?:on|at|to|over|down from|off|from) (?:the|a|that) (?:edge|ledge|bridge|roof|rooftop|cliff|cliff edge|platform edge|train tracks|railway|tracks|balcony railing|top floor)\b(?! (?:on (?:our|a) date|of (?:my|a) (?:seat|bed|chair))\b)`,
  ),
  c(
    'means',
    String.raw`\b(?:noose|hang myself|hanging myself|rope (?:strong enough|around my neck|from the|on the (?:beam|banister|tree|ceiling))|(?:bought|got|tied|tying|tie|buy|buying|found) (?:a |some |the )?(?:rope|cord|belt) (?:to|for|and)|the (?:beam|banister|ceiling fan|loft hatch) (?:would|could) (?:hold|take))\b`,
  ),
  c(
    'means',
    String.raw`\b(?:gun|pistol|rifle|shotgun|firearm|revolver) (?:to|against|in) my (?:head|mouth|temple|chest)\b|\b(?:shoot|shooting|blow|blowing) (?:myself|my (?:brains|head) out)\b|\b(?:bullet|bullets) (?:in|through|for) (?:my|me)\b|\b(?:buy|buying|bought|get|getting|borrow|load|loaded|loading|holding|held|keep thinking about|thinking about|found|looking at) (?:a|the|his|her|my|dad's|my dad's|our) (?:gun|pistol|rifle|shotgun|firearm)\b(?! (?:range|licence|license|club|safety course)\b)`,
  ),
  c(
    'means',
    String.raw`\b(?:slit|slitting|slash|slashing|open|opening|cut|cutting) (?:my )?(?:wrists?|veins?|throat)\b|\b(?:razor|blade|knife|knives|scissors|glass) (?:to|against|on|across|into) my (?:wrists?|arms?|throat|skin|neck|veins?|legs?|thighs?)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:research\w*|googl\w*|look(?:ed|ing)? up|search\w*|read(?:ing)? (?:up )?about|watch(?:ed|ing)? videos about|asked (?:chatgpt|ai|google)) (?:\w+ ){0,3}(?:how to (?:die|end it|kill|overdose|od|hang|not wake|do it|disappear forever)|ways to (?:die|end it|kill|go)|methods|painless|quickest|easiest|least painful|lethal|overdose|how long it takes to (?:die|bleed))\b`,
  ),
  c(
    'means',
    String.raw`\b(?:painless|quick(?:est)?|easi(?:est|er)|least painful|best|surest|peaceful) (?:and (?:painless|quick) )?(?:way|ways|method|methods) (?:to (?:die|go|end it|do it|kill)|out)\b|\bpainless (?:death|way to go)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:i have|i've got|i made|i've made|made|making|worked out|figured out|picked|chosen|chose|set|decided on|got) (?:a|the|my) (?:plan|date|day|time|method|way|spot|place|night) (?:to|for|when|where|on which) (?:do it|end it|die|kill|go|it|i'll do|i will do|i'll go|ending|end everything|leave for good)\b|\bi know (?:exactly )?(?:how|when|where) (?:i'll|i will|i'm going to|i'd) (?:do it|end it|go|die)\b|\btonight(?:'s| is) the night\b|\b(?:decided|picked|chose|set) (?:when|how|the date|a date|the day|the night|the time)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:carbon monoxide|exhaust fumes|hose (?:to|from|in) the exhaust|charcoal in|car running in the garage|helium)\b`,
  ),

  c(
    'means',
    String.raw`\b(?:\d+|two|three|four|five|six|several|a few|a couple of|boxes|packs|packets|bottles|strips|months?|weeks?)(?: \w+)? (?:of|worth of) (?:my )?${meds}\b|\b${meds} (?:is|are|were) (?:\w+ ){0,2}(?:ready|in my (?:bag|pocket|drawer|car|room|coat)|all in (?:the|my)|hidden|waiting|lined up|here|counted|sorted)\b|\b(?:stockpil\w*|hoarding (?:them|pills|tablets|meds))\b|\b(?:extra|more than i should|more than i'm meant to|refill(?:ed)? early|early refill)\b(?=[^.!?]*\b(?:${meds}|prescription|refill)\b)`,
  ),
  c(
    'means',
    String.raw`\b(?:gun|guns|rifle|shotgun|pistol|firearm|gun cabinet|gun safe|hunting rifle)\b(?=[^.!?]*\b(?:think about (?:it|them)|thinking about (?:it|them)|thought about (?:it|them)|still have (?:a|the) key|have (?:a |the )?key|access|every time i'?m|every night|i keep|i know where|loaded)\b)`,
  ),
  c(
    'means',
    String.raw`\b(?:i )?(?:have|got|bought|ordered|order|buy|buying|hid|hidden) (?:the|a|some) (?:rope|noose)\b|\b(?:know|knows|decided|worked out|figured out) (?:exactly )?(?:when and how|how and when|where and when|the when and the how)\b|\b(?:my )?plan is (?:\w+ )?(?:ready|set|in place|made|done|sorted|finished)\b|\b(?:haven't|havent|have not|not yet|already|finally|just) (?:\w+ )?(?:picked|chosen|chose|decided|set) (?:a |the )?(?:night|day|date|time|weekend|place|spot|moment)\b|\b(?:i've|i have|i) (?:picked|chosen|chose|set|decided on) (?:a|the) (?:night|day|date|time|weekend|place|spot|moment|bridge|way)\b|\b(?:gonna|going to|i'll|i will|i'm going to) do it (?:tonight|tomorrow|soon|after|before|this (?:weekend|week|friday|saturday|sunday)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|the)|when (?:everyone|nobody|no one)|once)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:ways?|methods?|how) (?:to )?(?:do it|end it|go through with it)\b|\b(?:which way|what way|how) (?:would|will) (?:hurt|hurts) (?:the )?least\b|\b(?:hurt|hurts) the least\b|\b(?:tallest|highest) (?:car park|building|bridge|tower|cliff|point)\b|\b(?:reading|read|researching|looked up|looking up|googling|googled) (?:\w+ ){0,2}(?:about )?(?:overdos\w*|methods|how people do it|lethal|dosages?|which (?:pills|meds|tablets))\b|\b(?:dangerous|lethal|deadly|fatal) (?:together|combination|combined|mixed|with alcohol|with wine)\b|\b(?:how people do it|step by step)\b(?=[^.!?]*\b(?:it|die|end|pills|read|website|forum)\b)`,
  ),

  c(
    'means',
    String.raw`\b(?:stopped taking|not taking|haven't taken|havent taken|didn't take|never took|been skipping) (?:\w+ ){0,2}${meds}\b[^.!?]{0,40}\b(?:kept|keeping|saved|saving|every|all of them|put)\b|\b(?:put|putting|keep|keeping|hid|hiding|kept) (?:half|some|a few|most|the rest|every single one|all of them) (?:of (?:it|them|my \w+) )?(?:in|into|away|aside|back)\b|\b(?:told|lied to) (?:my |the )?(?:gp|doctor|pharmacist|chemist) (?:\w+ ){0,5}(?:lost|more|another|extra|early)\b|\benough (?:saved|stored|stashed|put away|saved up|now)\b|\b(?:took|take|get|got) (?:\w+ ){0,2}${meds} (?:\w+ ){0,2}(?:out of|from) the bin\b`,
  ),
  c(
    'means',
    String.raw`\b(?:gun|guns|shotgun|rifle|pistol|weapon|firearm|bridge|cliff|cliffs|car park|roof|rooftop|railway|train line|tracks|platform|station|rope|knife|blades|razor|pills|tablets|drawer|edge|express)\b[^.!?]{0,60}\b(?:on my mind|can't stop thinking|cant stop thinking|keep thinking|keeps popping|been thinking about|thinking about it|think about it|sitting with it|sit with it|just sitting|nearly did it|almost did it|not for a trip|not getting on|haven't put it back|near the edge|went up there|just to (?:see|look|pass)|checked the times|doesn't stop)\b|\b(?:can't stop thinking about|keep thinking about|been thinking about|thinking about|think about|dreaming about) (?:the|a|that|his|dad's|my dad's) (?:bridge|cliff|cliffs|roof|railway|train|tracks|platform|gun|shotgun|rifle|rope|drawer|pills|tablets|edge|car park)\b|\b(?:took|take|taking|get|got|getting|have|had|hold|holding|sitting|sat|sit) (?:\w+ ){0,3}(?:gun|shotgun|rifle|pistol|service weapon|firearm|revolver) (?:out|home|with me|in my hand|to bed|again)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:i've got|i have|ive got|got|i've made|made) (?:a|the|my) plan\b(?=[^.!?]*\b(?:now|relief|ready|calm|sorted|when|how|date|set|tonight|weekend|friday|soon)\b)|\bgot it (?:all )?planned\b|\bdate(?:'s| is) set\b|\bpicked (?:a|the) (?:time|date|day|night|spot|place|weekend)\b|\b(?:worked out|figured out|know) (?:the|a|how|which) (?:way|method)(?: i'd| i would| to)?\b|\bways i (?:could|would|might|can) do it\b|\bthe way i'd do it\b|\bkeep (?:a |the |my )?(?:knife|kitchen knife|blade|razor|rope|pills|tablets)\b[^.!?]{0,20}\b(?:in my room|by my bed|under my (?:bed|pillow|mattress)|in my drawer|in my bag)\b|\b(?:bought|ordered|got|buy|order) (?:some |a |the )?(?:rope|noose|charcoal|helium)\b`,
  ),

  c(
    'means',
    String.raw`\bways (?:to die|out|to go|to end it)\b|\b(?:search|browser) history\b[^.!?]{0,40}\b(?:ways|methods|how to|die|scare)\b|\ball methods\b|\bresearched it all\b|\b(?:rifle|gun|pistol|shotgun|ammo|ammunition|bullets|firearm)\b[^.!?]{0,40}\b(?:by the bed|by my bed|in my car|not for protection|just in case|back from|haven't been to the range)\b|\b(?:got|bought|kept|keep|unlocked) (?:\w+ ){0,3}(?:rifle|gun|pistol|shotgun|ammo|ammunition|gun cabinet|the cabinet)\b|\b(?:two|different|several|three) (?:different )?(?:doctors|gps|pharmacies|chemists)\b|\b(?:\d+|several|loads of|lots of|a few|eight|ten|six|five|four) (?:packs|packets|boxes|bottles)\b(?=[^.!?]*\b(?:painkillers|pills|tablets|paracetamol|in my room|drawer|stash)\b)|\b(?:shoebox|shoe box|stash)\b(?=[^.!?]*\b(?:prescriptions?|pills|tablets|meds)\b)|\b(?:prescriptions?|pills|tablets|meds)\b[^.!?]{0,40}\b(?:shoebox|shoe box|instead of taking them back|i know why)\b|\b(?:mix|mixing|with) (?:the |my )?(?:pills|tablets|meds)\b[^.!?]{0,20}\b(?:vodka|alcohol|wine|whisky|drink)\b`,
  ),
  c(
    'means',
    String.raw`\b(?:roof|rooftop|quarry|canal|foot ?bridge|footbridge|the track|railway|train times|fast trains|bridges|cliff|cliffs|multi-storey|tower block)\b[^.!?]{0,60}\b(?:every (?:lunch|night|day|evening)|at night|for an hour|isn't locked|no fence|don't stop|dont stop|barriers|deep by|watchin|after work|tonight|been up there|learning them|standing on|stood at)\b|\b(?:bridge|cliff|cliffs|roof|tracks|train|river|canal) tonight\b|\bgot everything i need\b|\b(?:hook|beam|branch)\b[^.!?]{0,30}\b(?:strong enough|tested it|hold my weight|would hold)\b|\bstrong enough (?:hook|beam|branch)\b|\bonly ever use once\b|\bwhere, when\b|\bsleeping with (?:the|a) (?:\w+ )?(?:knife|blade|razor|pills)\b|\bthe plan\b(?<=\b(?:pills|tablets|vodka|bridge|rope|tonight)\b[^.!?]{0,40})`,
  ),

  // Preparation and farewell.
  c(
    'preparation',
    String.raw`\b(?:(?:goodbye|farewell|suicide|parting) (?:notes?|letters?|messages?|posts?|videos?|texts?|emails?|words)|(?:last|final) (?:words|notes? (?:to|for) (?:my|everyone|mum|mom|dad)))\b(?! (?:to|for) (?:him|her|them|my ex|the ex|[a-z]+ (?:after|when) we))`,
  ),
  c(
    'preparation',
    String.raw`\b(?:wrote|writing|written|write|left|leaving|leave|drafted|drafting|draft|typed|typing|recorded|recording) (?:\w+ ){0,3}(?:letters?|notes?|messages?|videos?|cards?) (?:to|for) (?:my |each of my |all my |everyone in my )?(?:mum|mom|mam|mother|dad|father|parents|family|kids|children|son|daughter|sister|brother|sisters|brothers|friends|best friend|everyone|each of them|all of them|people i love|the people i love|grandma|nan|gran|loved ones)\b(?! (?:for (?:christmas|their birthday|her birthday|his birthday|mother's day|father's day)|about (?:the )?(?:wedding|party|trip))\b)`,
  ),
  c(
    'preparation',
    String.raw`\b(?:made|make|making|wrote|write|writing|updated|update|updating|sorted|sorting|changed|finish(?:ed|ing)?|drew up|drawn up|drawing up|sign(?:ed|ing)?|did|done|do|doing) (?:out |up )?(?:a|my|a new) will\b(?! (?:to|power)\b)`,
  ),
  c(
    'preparation',
    String.raw`\b(?:put|putting|get|getting|got|have|had|sort|sorting|sorted|set|setting) (?:all )?(?:my )?(?:affairs|everything|my (?:things|stuff|accounts)) (?:in order|sorted|straight|tidied up|wrapped up|settled)\b|\bmy affairs\b|\b(?:tying|tie|tied) up (?:loose ends|all the loose ends|my loose ends)\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:giv(?:e|ing|en)|gave|hand(?:ed|ing)? out|passing on|passed on|donat(?:e|ed|ing)) (?:away )?(?:all |most |some |a lot )?(?:of )?(?:my )?(?:stuff|things|belongings|possessions|clothes|books|records|guitar|jewel\w*|games|collection|plants|cat|dog|pets?|prized|favourite|favorite|savings|money|everything|valuables) (?:away|to (?:my |people|friends|everyone|whoever|charity|my (?:sister|brother|friends|mum|mom)))\b|\bgiving (?:away )?(?:all |most )?(?:of )?my (?:stuff|things|belongings|possessions)\b|\bgiving (?:things|stuff|everything) away\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:rehom(?:e|ed|ing)|re-hom(?:e|ed|ing)|find(?:ing)? (?:a )?(?:new )?home for|who (?:will|would|'ll) (?:look after|take care of|feed|have)|someone (?:to|will) (?:look after|take care of)|make sure (?:someone|somebody) (?:looks after|takes care of|feeds)) (?:my )?(?:${alt('cat', 'cats', 'dog', 'dogs', 'pet', 'pets', 'rabbit', 'hamster', 'fish', 'bird', 'kids', 'children', 'plants')})(?! (?:while i'm|while i am|when i'm away|when i'm on|for the weekend|next week|during)\b)\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:say|said|saying|says|started saying) (?:my )?(?:goodbyes?|farewells?)(?: to (?:everyone|everybody|my (?:family|friends|kids|parents|mum|mom|dad|sister|brother)|people|them all|you all|all of you|the world|life))?\b(?! (?:to (?:him|her|them|my ex|the ex))\b)|\b(?:saying|said|say) goodbye (?:to (?:everyone|everybody|my (?:family|friends|kids|parents|mum|mom|dad|sister|brother)|people|them all|you all|all of you|the world|life)|as (?:if|though) (?:it's|it was|for) (?:the )?last|for (?:the )?last time to (?:my|everyone))\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:thank|thanked|thanking|thanks|thank you) (?:to )?(?:everyone|everybody|you all|all of you|each of them|my (?:family|friends)|them all|every one of you) (?:\w+ ){0,3}(?:for everything|for all|for putting up with me|for trying|for being there)\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:sorry|apologi[sz]e|apologi[sz]ing) (?:to everyone|to all of you|to you all|to my (?:family|friends|kids|parents|mum|mom)|everyone) (?:\w+ ){0,3}(?:for everything|for being|for what|in advance|for what i'm about)\b|\b(?:sorry|forgive me) for what i(?:'m| am) about to do\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:make sure|tell|let) (?:my |them |everyone |mum |mom |dad )?(?:\w+ ){0,2}(?:know|knows) (?:that )?i (?:loved|love) (?:them|her|him|you|everyone)(?: when| after| if| once| no matter)?\b(?=.*(?:gone|after|when i|if anything|once i|not here|last))`,
  ),
  c(
    'preparation',
    String.raw`\b(?:delet(?:e|ed|ing)|wip(?:e|ed|ing)|clear(?:ed|ing)?) (?:all )?(?:of )?my (?:accounts|social media|profiles|everything|photos|messages|posts) (?:so|because) (?:there's|there is|there'll be|nobody|no one) (?:nothing|won't|will not)|\bso there(?:'s| is| will be) nothing left (?:of me)?\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:won't|will not|wouldn't|won't be|not going to) (?:need|be needing|have any use for) (?:\w+ ){0,3}(?:anymore|any more|much longer|where i'm going|after (?:tonight|this week|tomorrow))\b(?=.*\b(?:stuff|things|clothes|money|it|them|these|my)\b)|\bwhere i'm going\b(?! (?:on holiday|on vacation|next|for|tomorrow|tonight to)\b)`,
  ),
  c(
    'preparation',
    String.raw`\bmy last (?:night|day|week|words|weekend|breath|message|post|letter) (?:on (?:this )?earth|alive|here|ever|in this world)\b|\bthis is my last (?:message|post|letter|note|goodbye|night|day)\b|\b(?:this is )?my (?:goodbye|farewell) to (?:everyone|everybody|you all|all of you|the world|life)\b|\b(?:last|final) time (?:you'll|you will|anyone will|anybody will) (?:hear from|see) me\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:i'm|i am) (?:at peace with|ready for|okay with|ok with|calm about) (?:my )?(?:decision|what i'm going to do|what comes next|the end|dying|it now)\b|\b(?:made|make|making) (?:my|the) (?:peace|decision) (?:with (?:everything|everyone|dying|my decision|the world|leaving)|to (?:go|end it|die|leave this))\b`,
  ),

  c(
    'preparation',
    String.raw`\b(?:finished|done|finishing|sealed|wrote|written|writing|write|drafted|left|hid|hidden|started) (?:\w+ ){0,2}(?:the |my |some |all the |all my )?letters\b(?! (?:of (?:application|recommendation|complaint|reference)|to (?:the council|my (?:mp|landlord|bank))|for (?:work|uni|college|the job))\b)|\bletters (?:are |all )?(?:done|written|finished|sealed|ready)\b|\b(?:if (?:you're|you are|you) (?:reading|find|found|read) this)\b|\b(?:wasn't|isn't|is not|was not|not) (?:his|her|their|your|anyone's|anybodys|anybody's|nobody's|my (?:family's|mum's|mom's|dad's|parents')) fault\b(?=[^.!?]*\b(?:note|letter|know|tell|wrote|writing|want (?:him|her|them|you) to)\b)|\bit(?:'s| is) nobody's fault\b`,
  ),
  c(
    'preparation',
    String.raw`\bif anything (?:ever )?(?:happen(?:s|ed)?|were to happen|was to happen) to me\b|\b(?:who (?:should |will |would )?(?:get|gets|have|has|take|takes) (?:what|my))\b|\b(?:want|wants) (?:my )?(?:\w+ ){0,2}to have my\b|\bleaving (?:my |all my )?(?:\w+ )?(?:savings|money|things|stuff|jewel\w*|car|flat|records|books|guitar|everything) to\b|\blife insurance\b|\bpasswords?\b(?=[^.!?]*\b(?:family|brother|sister|mum|mom|dad|parents|after|envelope|left them|notebook for|so (?:they|my)|close my accounts)\b)|\b(?:close|closing|shut down) my accounts (?:after|when|once)\b|\binstructions (?:for|on|about) (?:what to do with|who gets|my)\b|\b(?:any |the |all the |my )?loose ends\b|\btying (?:things|it all|everything|it) (?:off|up)\b|\blast thing on my list\b|\b(?:nobody|no one|noone)(?:'s| is| will be| gets| has to be) (?:left )?(?:with|to (?:deal with|clean up|sort out)) my\b|\bclearing the decks\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:hugged|visited|held|hug|visit|said goodbye to|say goodbye to|saying goodbye to) (?:\w+ ){0,4}one (?:more|last) time\b|\b(?:called|rang|phoned|visited|went to see|drove to see) (?:\w+ ){0,12}(?:to )?(?:hear|see) (?:\w+ ){0,3}one (?:more|last) time\b|\b(?:hugged|called|rang|saw|visited|kissed|held|hear|heard|see|seeing|hug|call|visit|text|texted|told|said goodbye to|say goodbye to|saying goodbye to|looked at) (?:\w+ ){0,4}(?:for the last time|(?:because|as if|like|in case) (?:it|this) (?:might be|could be|is|was|were) the last time|like i (?:wasn't|won't be|am not|wasnt) coming back|like it(?:'s| is| was) my last chance)\b|\b(?:might|could|will) be the last time (?:i|they|she|he|we|anyone)\b|\blike (?:it(?:'s| is| was)|this is) my last chance\b|\blike i (?:wasn't|wasnt|won't be|am not) coming back\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:texted|told|telling|tell|messaged|called|rang|sent) (?:\w+ ){0,1}(?:everyone|everybody|all the people|the people|all my people) i love\b|\b(?:telling|tell|told) (?:everyone|everybody|people|them all) (?:that )?i love (?:them|you)\b(?=[^.!?]*\b(?:last|like|because|in case|just|one more|today|goodbye)\b)|\b(?:say|said|saying|says) (?:bye|goodbye|my goodbyes|goodbyes) (?:to )?(?:everyone|everybody|people|each of|all of)\b|\b(?:posted|post|posting|wrote|writing|sent|sending|left|recorded) (?:a |my )?goodbye\b(?! (?:card|party|present|gift|drinks|lunch|speech|do)\b)|\bsaying (?:bye|goodbye) (?:to people )?like it means\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:gave|give|giving|given|gifted|handed) (?:away )?(?:my |the |all my |most of my )(?:\w+ ){0,2}(?:away|to (?:my|a|the|people|charity|friends))\b(?=[^.!?]*\b(?:won't|wouldn't|wouldnt|wont|not going to|don't|dont) (?:be )?need\w*|\b(?:last|anymore|any more|everything|all of it)\b)|\bgave away (?:my|all|most|everything)\b|\b(?:gave|give|giving) (?:the|my) (?:${alt('dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'rabbit', 'hamster', 'guitar', 'ps5', 'xbox', 'car', 'records', 'books')}) away\b|\b(?:won't|wouldn't|wouldnt|wont|not going to) be need\w* (?:it|them|these|those|this|that|my)\b|\b(?:rehomed|re-homed|found (?:a )?(?:new )?home for)\b|\b(?:for|over) the next (?:few|\d+|couple of|several) years\b(?=[^.!?]*\b(?:cards|letters|birthday|notes|presents)\b)|\bwho (?:should|will) get (?:what|my)\b|\b(?:deciding|decided|work(?:ing|ed) out) who (?:should |will )?get(?:s)? (?:what|my)\b|\bread it after\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:the )?will(?:'s| is| has been) (?:done|written|sorted|signed|made|finished|ready)\b|\b(?:cancelled|canceled|cancel|cancelling) (?:\w+ ){0,3}(?:subscriptions|gym|phone contract|contract|lease|appointments|plans)\b(?=[^.!?]*\b(?:won't need|wont need|don't need|no point|tying|loose ends|not going to need|after (?:this|friday|tonight))\b)`,
  ),

  c(
    'preparation',
    String.raw`\b(?:notes?|letters?|cards?|messages)\b[^.!?]{0,40}\b(?:one for (?:mum|mom|dad|my|each|her|him)|for each of (?:them|my)|in envelopes|sealed|on the table|where (?:they'll|they will|she'll|he'll|mum will|someone will) (?:find|look)|to be opened|to read after|after i'm gone)\b|\bone for (?:mum|mom|dad|my \w+), one for\b|\b(?:thank-you|thank you|goodbye) (?:notes?|letters?|cards?) to everyone\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:gave|given|give|giving|handed) (?:my |the )?(?:\w+ ){0,2}(?:my )?(?:watch|playstation|ps5|xbox|games|hoodie|jacket|necklace|ring|guitar|bike|car|stuff|things|clothes|books|records|collection|jewellery|jewelry|laptop|camera)\b[^.!?]{0,60}\b(?:don't need|won't need|dont need|wont need|wanted (?:him|her|them) to have|keep it|for good|not going to need)\b|\b(?:leave|leaving|left) (?:anything|nothing) behind\b|\bnothing left (?:of me|behind|that needs me|to sort|that needs doing)\b|\b(?:returned|return|giving back|gave back|paid back) everything i (?:borrowed|owe|owed)\b|\bdon't want to owe anyone\b|\bif anything (?:ever )?happens\b(?! to (?:us|them|him|her|you)\b)|\b(?:finding|found|find) (?:a |them |her |him )?(?:good |new |loving |safe )?homes? for (?:the|my|all my) (?:animals|pets|dog|cat|cats|dogs|rabbit|rabbits|fish|bird|birds)\b|\bsorry (?:it|i) (?:wasn't|wasnt|couldn't be|was not) enough\b|\b(?:feels like|this is|it's|its) (?:a |my )?goodbye\b|\bi love (?:them|you all|you) and i'?m sorry\b|\bcleared out my (?:room|flat|things|stuff)\b[^.!?]{0,40}\b(?:nothing left|tip|charity|everything)\b`,
  ),

  c(
    'preparation',
    String.raw`\b(?:before i go|before i'?m gone|where i'?m (?:headed|going)|while i still can|now i can go|last box ticked|final arrangements|for whoever finds|when they find|whoever comes in|who ever comes in|it ends on the|they thought i meant|(?:she|he) thought i meant|i won'?t be (?:back|coming back))\b|\b(?:easier for|so) (?:my )?(?:mum|mom|dad|they|them|my family|my sister|my brother|everyone)\b[^.!?]{0,30}\b(?:after|afterwards)\s*(?:[.!?]|$)|\bwho gets (?:it|what|them|my)\b|\bwill (?:witnessed|witnesed|signed)\b|\bsorry for not being (?:the|a|good enough|enough)\b|\bwrote to (?:all|each) (?:\w+ )?of my (?:kids|children|family|friends)\b|\blook after (?:mum|mom|dad|the kids|my (?:kids|mum|mom|dad)) for me\b`,
  ),

  // Acts of self-harm (now or recently).
  c(
    'act',
    String.raw`\bself[- ]?(?:harm\w*|injur\w*|mutilat\w*|destruct\w*)\b|\bsh (?:again|urges?|relapse|scars|wounds|cuts|clean|free)\b|\b(?:relaps(?:e|ed|ing)|clean) (?:\w+ ){0,3}(?:from |with |on )?(?:cutting|self[- ]?harm|sh|burning|the blade|blades)\b`,
  ),
  c(
    'act',
    String.raw`\b(?:cut|cutting|cuts|carve|carved|carving|slice|sliced|slicing|scratch|scratched|scratching|burn|burned|burnt|burning|hit|hitting|punch|punched|punching|bang|banged|banging|bite|bit|biting|bruise|bruised|bruising|stab|stabbed|stabbing|pick|picked|picking|hurt|hurting|harm|harmed|harming|injure|injured|injuring|starve|starved|starving|pull|pulled|pulling|beat|beating|whip|whipped|choke|choked|choking) (?:at )?(?:\w+ ){0,1}(?:myself|my ?self)\b(?! (?:at the gym|at work|playing|running|lifting|skiing|climbing|by accident|accidentally|cooking|shaving|on (?:a|the|some) |while (?:cooking|shaving|running|playing)|in (?:the kitchen|football|training|a fall)|when i (?:fell|tripped|slipped)|up about|over (?:him|her|it|this|the)|with (?:guilt|worry|questions|thoughts of (?:him|her)|the what-ifs)|for (?:not|being|letting|falling|trusting|texting|still))\b)`,
  ),
  c(
    'act',
    String.raw`\b(?:cut|cutting|carve|carved|carving|slice|sliced|slicing|scratch|scratched|scratching|burn|burned|burnt|burning|stab|stabbed) (?:\w+ ){0,2}(?:my|into my|on my) (?:${body})\b(?=[^.!?]*\b(?:again|on purpose|deliberately|till|until|bled|bleed|blood|so i|to feel|to stop|to cope|to punish|deep|lines|razor|blade|scissors|lighter|cigarette|compass|pencil sharpener|feel something|deserve|numb|relief|release|every night|can't stop|cant stop|because of|after (?:he|she|they))\b)`,
  ),
  c(
    'act',
    String.raw`\b(?:made|make|making) (?:myself|my (?:${body})) bleed\b|\b(?:till|until) (?:it|they|i|my (?:${body})) (?:bled|bleed|bleeds|was bleeding|were bleeding|broke (?:the )?skin)\b|\b(?:my|the|fresh|new|old|deep|hiding (?:my|the)|cover(?:ing)? (?:up )?(?:my|the)) (?:scars|cuts|wounds|burns) (?:on my|from|again|i made|i did|nobody|no one|under|with)\b|\b(?:hid(?:e|ing)?|cover(?:ing|ed)? (?:up )?) (?:my|the) (?:scars|cuts|arms|wrists|burns|marks|thighs) (?:\w+ ){0,3}(?:long sleeves|sleeves|bracelets|from|so (?:no one|nobody))\b`,
  ),
  c(
    'act',
    String.raw`\b(?:took|taken|swallowed|swallow|downed|necked|had) (?:\w+ ){0,2}(?:too many|a handful of|a bunch of|all (?:of )?(?:my|the|those)|the (?:whole|entire) (?:\w+ )?(?:bottle|box|packet|pack|strip)|loads of|lots of|a lot of|way too many|\d{2,}|twenty|thirty|forty|fifty|a hundred|a whole (?:bottle|box|pack|packet)) (?:\w+ ){0,2}${meds}\b`,
  ),
  c(
    'act',
    String.raw`\b(?:overdosed|od'd|od'ed|odd on|had my stomach pumped|stomach pumped|ended up in (?:a&e|a and e|the er|the emergency room|hospital|icu|the hospital|psych|the psych ward) (?:after|because|when|for) (?:i|taking|cutting|what i did|my)|in (?:the )?(?:psych|psychiatric) ward (?:after|because))\b`,
  ),
  c(
    'act',
    String.raw`\b(?:razor|razors|blade|blades|sharpener blade) (?:\w+ ){0,4}(?:again|on my|myself|hidden|i keep|i hid|under my|in my (?:drawer|room|bag)|back out)\b|\b(?:bought|got|keep|hid|hide|hiding|took out) (?:\w+ ){0,1}(?:razor|razors|blades|a blade|the blade)\b(?! (?:for (?:shaving|my legs|the))\b)`,
  ),
  c(
    'act',
    String.raw`\b(?:cutting|burning|scratching) (?:again|myself|my (?:${body}))\b|\b(?:started|start|went back to|going back to|back to|urge to|urges to|want to|wanted to|need to|itching to|craving) (?:cutting|cut|burning|burn|hurting myself|hurt myself|hitting myself|self[- ]?harm)\b`,
  ),
  c(
    'act',
    String.raw`\brelaps(?:e|ed|ing)\b(?! (?:and|&) (?:texted|text|called|call|messaged|checked|looked|contacted|stalked|drank|drink|smoked|vaped|used|went back|reached|dm)| (?:on|into|with) (?:him|her|them|texting|alcohol|drinking|weed|smoking|vaping|cigarettes|drugs|the bottle|my ex|contact)| (?:day \d+ )?(?:of|in) (?:no contact|nc))(?<!\b(?:nc|no contact|contact|texting|drinking|smoking|alcohol|sober|sobriety) relaps\w*)|\bself[- ]?harm\b`,
  ),
  c(
    'act',
    String.raw`\b(?:cover|covering|covered|hide|hiding|hid|conceal\w*) (?:up )?(?:\w+ ){0,3}(?:my |the )?(?:wrists|arms|forearms|thighs|legs|marks|scars|cuts|plasters|bandages|burns)\b(?! (?:with (?:a )?(?:tattoo|tan)|from the sun|in the sun)\b)|\blong sleeves?\b(?=[^.!?]*\b(?:heat|summer|hot|degree|degrees|so (?:no one|nobody)|again|people (?:ask|are starting)|hide|scars|marks|cuts|arms)\b)|\b(?:the )?(?:cuts|marks|scars|burns) (?:were|are|was) from (?:my|the|a)\b|\b(?:so )?(?:no one|nobody|noone) (?:\w+ ){0,1}(?:sees|see|can see|notices|will see|saw) (?:the|my) (?:marks|cuts|scars|arms|wrists|burns|legs)\b|\bexcuse (?:\w+ ){0,2}because of my (?:legs|arms|wrists|thighs)\b`,
  ),
  c(
    'act',
    String.raw`\b(?:days?|weeks?|months?|years?|nights?) since i (?:last )?(?:cut|did it|hurt myself|self harmed|burned myself|harmed)\b|\b(?:i|and) (?:cut|burned|burnt) (?:again|tonight|last night|today)\b|\b(?:do|did|does) it on my (?:${body})\b|\b(?:cut|cutting) (?:again|tonight)\b|\btook (?:\w+ ){0,2}more (?:\w+ ){0,1}${meds} than i (?:should|was meant|was supposed|needed)\b|\b(?:a handful|handfuls) of (?:my )?(?:\w+ )?(?:${meds}|anti ?depres\w*|antidepresants)\b|\b(?:took|swallowed|downed|had) (?:all|loads|lots) of (?:my )?(?:${meds}|anti ?depres\w*)\b`,
  ),
  c(
    'act',
    String.raw`\b(?:cutting|carving|slicing|burning|scratching) (?:\w+ ){0,1}(?:on |into )?my (?:${body})\b|\b(?:cut|cutting|carved|sliced|burned|burnt|scratched) (?:\w+ ){0,2}my (?:${body})\b(?=[^.!?]*\b(?:last night|tonight|in the bath|in the bathroom|deep|won't see|wont see|so (?:my|no one|nobody|they|people)|again)\b)|\b(?:cigarette|lighter|hot spoon|spoon|hot knife|iron|match|matches) (?:\w+ ){0,2}(?:burns? )?(?:on|to|against) my (?:${body})\b|\bburns on my (?:${body})\b|\bused a (?:hot |heated )?(?:spoon|lighter|knife|blade|razor|compass|pin) on my\b`,
  ),
  c(
    'act',
    String.raw`\b(?:told|tell|telling|said to) (?:everyone|people|my (?:mates|friends|mum|mom|parents|teacher|boss|nurse|doctor)|the (?:nurse|doctor|teacher)) (?:\w+ ){0,4}(?:the cat|my cat|the dog) (?:scratched|did it|did that)\b|\bwe don't (?:even )?have a cat\b|\b(?:said|saying|told \w+) (?:i've got|i have|it's|it was|they're|they were|i had) (?:eczema|a rash|from the cat|from gardening|an allergy|a skin thing)\b|\b(?:plasters|bandages|bandaids|band-aids|dressings|steri-strips|gauze|bracelets|sweatbands) (?:\w+ ){0,3}(?:on my (?:${body})|in my bag|always|for weeks|to hide|to cover)\b|\b(?:because of|cos of|cause of|due to) (?:the |my )?(?:scars|cuts|marks|burns)\b|\bcan't (?:get changed|change|wear (?:short sleeves|shorts|a swimsuit|t-shirts)) in front of\b|\b(?:picked|picking|pick|scratched|scratching|reopened|re-opened|opened) (?:\w+ ){0,2}(?:scabs|wounds|cuts) (?:open|again)\b|\bcuts?\b[^.!?]{0,40}\b(?:deep enough|deeper|last night's|fresh ones|new ones)\b|\bcut to feel (?:something|better|nothing|numb|in control)\b|\bempty (?:packets|blister packs|pill bottles|boxes of (?:pills|tablets))\b|\b(?:rubbed|scrubbed|scratched|bit|bitten|dug) (?:\w+ ){0,2}(?:wrist|wrists|arm|arms|skin|legs?|thighs?|hands?) (?:raw|until|till|bleed|bled)\b|\bbald patch\b`,
  ),
  c(
    'act',
    String.raw`\b(?:pick|picking|pickin|picked) (?:at )?(?:the |my )?(?:cuts|scabs|wounds)\b|\b(?:cuts|marks|scars|burns|injuries)\b[^.!?]{0,40}\b(?:explain|excuse|story|different ages|next to old|from yesterday|was me|so they don'?t heal|dont heal)\b|\b(?:explain|excuse|story about|lie about|lied about) (?:\w+ ){0,3}(?:the )?(?:cuts|marks|scars|burns)\b|\bnone of them were accidents\b|\b(?:\d+|zero|0) days clean\b|\bdays clean\b[^.!?]{0,40}\b(?:ruined|again|back to|gone)\b|\b(?:did it|doing it) again (?:tonight|today|last night)\b|\bstarted (?:again|agin) and\b[^.!?]{0,30}\bhide\b|\bwent back to it after\b|\b(?:punched|hit|burned|cut|scratched|broke|banged)\b[^.!?]{0,60}\bon purpose\b|\b(?:a&e|a and e|the er) again\b|\bstitches\b(?=[^.!?]*\b(?:again|on my own|didn't want anyone|hide|myself)\b)|\b(?:took|swallowed) every (?:painkiller|pill|tablet)\b|\bover and over (?:till|until)\b|\bbanging my head against the wall when\b`,
  ),
  // Round four: warning signs with looser syntax (the act or the wish named by its strongest
  // words, the subject often implied).
  c(
    'indirect',
    String.raw`\b(?:the )?permanent (?:kind|sort|type|way out|sleep|rest|peace|escape)\b|\b(?:done|finished) (?:\w+ ){0,3}with (?:being (?:here|alive|around)|living|life|existing)\b|\bwith being (?:here|alive|around)\b(?<=\b(?:done|finished|over it|tired|sick)\b[^!?]{0,40})|\bcheck(?:ing)? out (?:of (?:life|this life|this world)|for good|permanently)\b|\bsleep and (?:never|not) (?:come back|wake|return)\b|\b(?:hit|run over|knocked down) by a (?:bus|car|truck|lorry|train)\b[^.!?]{0,40}\b(?:relieved|relief|wouldn't mind|be glad|fine with it|okay with it|ok with it|welcome it)\b|\bnot in a (?:holiday|travel|fun|good|nice|cute|dramatic|romantic) (?:kind of |sort of )?way\b(?<=\b(?:disappear|go away|leave|gone|sleep|rest|end|vanish)\w*\b[^.!?]{0,30})`,
  ),
  c(
    'means',
    String.raw`\b(?:step|stepping|jump|jumping|fall|falling|walk|walking|lean|leaning) (?:off|from|over) (?:the|a) (?:platform|edge of the platform)\b|\bfor the wrong reasons?\b(?<=\b(?:knives|knife|pills|tablets|bridge|rope|belt|blade|blades|razor|meds|bottle|tracks|edge|balcony|drawer)\b[^.!?]{0,60})|\b(?:belt|rope|cord|scarf|ligature|dressing gown cord)\b[^.!?]{0,40}\b(?:hatch|beam|banister|bannister|hook|door frame|rail|loft)\b|\bnot (?:turning|turn|turned) the wheel\b|\b(?:${meds}|pills|tablets|meds|medication|prescriptions?|antidepressants|painkillers)\b[^.!?]{0,60}\b(?:saving (?:it|them)(?: up)?|stockpil\w*|hoard\w*|collecting (?:them|it))\b`,
  ),
  c(
    'preparation',
    String.raw`\b(?:said|say|saying|says) (?:a |my )?proper (?:goodbye|goodbyes)\b|\bgoodbye\b[^.!?]{0,40}\b(?:didn't|doesn't|don't) (?:get|know|understand|realise|realize) what i meant\b|\b(?:my|the) note\b[^.!?]{0,40}\b(?:pick|choose|set|decide on) (?:a|the) (?:day|date|time|night)\b|\b(?:sent|send|sending|texted|messaged) (?:everyone|all my \w+|my (?:friends|family|mates)) (?:\w+ ){0,3}(?:saying )?(?:bye|goodbye|farewell)\b|\b(?:probably|likely|maybe|might be|could be) my (?:very )?last (?:message|text|post)\b|\blast (?:message|post) (?:from me|ever)\b`,
  ),
  c(
    'act',
    String.raw`\b(?:bang|banging|banged|hit|hitting|punch|punching|punched|slap|slapping|slapped) (?:my (?:own )?(?:head|face|fists?)|myself) (?:against|into|on|off) (?:the |a )?(?:wall|floor|door|desk|mirror)\b(?=[^.!?]*\b(?:to feel|hurt|hurts|bruise|bruised|bruises|bleed|bled|numb|goes quiet)\b)`,
  ),
  // Round seven: self-harm named as a habit ("can't stop cutting"), an attempt named afterwards
  // ("they'll all know what I tried to do", waking in hospital still here), and not seeing
  // oneself last until a named time.
  c(
    'act',
    String.raw`\b(?:can't|cant|cannot|couldn't|couldnt) stop (?:cutting|burning myself|hurting myself|hitting myself|scratching myself)\b(?! (?:back|down|out|off|corners|ties|contact|him|her|them|class|classes|my hair|the))|\bcutting (?:is|was|helps|helped|makes|made|gets|got) (?:the only|all that|what|me feel|it quiet|the noise|my head)\b|\bi cut (?:worse|deeper|harder|for the first time|every night|most nights)\b|\b(?:hit|hitting|punch|punching|punched|slap|slapping|slapped|scratch|scratching|scratched) my own (?:${body})\b|\bswallowed (?:them all|all of them|the whole (?:packet|bottle|box|strip))\b`,
  ),
  c(
    'act',
    String.raw`\b(?:know|knows|knew|found out|find out|finds out|ashamed of|about|tell (?:anyone|them|her|him|my \w+)|told (?:anyone|them|her|him|my \w+)|hear about|heard about) what i(?:'d| had)? (?:tried|attempted) to do\b|\b(?:woke|woken|waking|wake) up in (?:the |a )?(?:hospital|icu|intensive care|a&e|resus)\b(?=[^.!?]*\b(?:still here|still alive|didn't work|didnt work|disappointed|what i(?:'d| had)? done|what i did|tried|survived)\b)`,
  ),
  c(
    'indirect',
    String.raw`\b(?:don't|dont|do not|can't|cant|cannot) see (?:myself|me) (?:making it|being here|being around|still being here|lasting|surviving) (?:to|till|until|past|through) (?:christmas|new year|next (?:week|month|year|summer|spring|winter)|the (?:weekend|end of (?:the )?(?:week|month|year)|new year|summer|spring|winter)|my (?:next )?birthday|tomorrow|another (?:day|week|month|year)|\d{4})\b|\b(?:don't|dont|do not|can't|cant|cannot) see (?:myself|me) (?:lasting|surviving|being (?:here|around)) much longer\b|\b(?:won't|wont|will not|not going to|not gonna) be (?:a problem|a burden|bothering (?:you|anyone)|on your conscience) (?:for you |to you |to anyone )?(?:much|for much|for a lot|for very much) longer\b|\b(?:struggl\w+ to|hard to|failing to|can't|cant|cannot) see (?:the|any) point (?:of|in) (?:being here|being alive|living|existing|waking up|(?:carrying|going) on(?! (?:dates?|a date|holiday|holidays|trips?|about|with|at|in)))\b|\b(?:disappointed|gutted) (?:that )?(?:i'm still (?:here|alive|breathing)|i am still (?:here|alive|breathing)|i was still (?:here|alive|breathing)|i'm alive|i was alive|i survived|i woke up(?! (?:late|early|too|at|with|in|to|and))|to (?:wake up|still be here|be alive|be still here))\b`,
  ),
];

/**
 * Figures of speech and other meanings taken out before the concepts are read, so "this breakup
 * is killing me" or "I'd die for a coffee" do not alarm while a real signal in the same text
 * still does. Each is a phrase that, where it stands, does not mean the writer's death.
 */
export const selfHarmFigures: RegExp[] = [
  // Frustration, not injury: "banging my head against the wall trying to understand it".
  /\b(?:bang|bangs|banging|banged|hit|hitting) my head (?:against|on|off) (?:a|the) (?:brick )?wall\b(?= (?:until|till) (?:it|this|they|i) (?:makes? sense|make sense|click|clicks|get it|understand)| (?:trying|about|at work|on this|figuring))/g,
  // Weariness with a feeling, not with living: "so tired of feeling this way", "tired of being sad".
  /\btired of (?:feeling|being) (?:this way|like this|this|so (?:sad|low|down|hurt|lonely|upset)|sad|low|hurt|heartbroken|lonely|upset)\b/g,
  /\b(?:point|pointless)(?: of (?:anything|it all|any of it))? without (?:him|her|them|you)\b/g,
  /\bsaying goodbye to everyone (?:i met|at (?:the pub|work|the office|uni|school|the club))\b/g,
  /\b(?:wanting to die|suicidal|self[- ]harm\w*),? no\b/g,
  /\bcouldn't go on (?:at|with) (?:that|my|the) (?:job|work|place|course)\b/g,
  /\bself[- ]?harm[- ]free\b/g,
  /\b(?:\w+ )?(?:years?|months?) ago i (?:tried|attempted) to (?:end it|kill myself|take my life|die)\b(?=[\s\S]{0,60}\b(?:glad|grateful|so happy|thankful)\b)/g,
  /\b(?:joked|joking|jokes|kidding) about (?:wanting to die|killing myself|dying|ending it)\b/g,
  /\b(?:\w+ )?(?:clean|free) (?:from|of) (?:self[- ]?harm\w*|cutting)\b/g,
  /\b(?:years?|months?|a year|a whole year) (?:since|ago|clean|free)\b[^.!?]{0,40}\b(?:self[- ]?harm\w*|hurt myself|cut|suicidal thought|thought about (?:ending|suicide|dying))\b/g,
  /\b(?:since|the last time) i (?:last )?(?:self[- ]?harmed|hurt myself|cut|had a suicidal thought|thought about (?:ending|suicide|dying))\b(?=[^.!?]{0,40}\b(?:years?|months?|ago|clean|proud)\b)/g,
  /\bi used to (?:self[- ]?harm|cut|hurt myself|think about (?:ending it|dying|suicide|killing myself))\b(?=[\s\S]{0,80}\b(?:now|anymore|any more|these days|clean|years|getting better|rare)\b)/g,
  /\bcan't (?:go on|do this|take (?:it|this)|cope|keep going)(?: anymore| any more| like this)?,? (?:without (?:him|her|them|you)|i miss|checking|texting|seeing|waiting|wondering|pretending|waking up next to)\b/g,
  /\b(?:pointless|meaningless|empty) without (?:him|her|them|you)\b/g,
  /\bno way forward (?:for|with) (?:me and|us|him|her|them)\b/g,
  /\b(?:best part|the best bit|a chapter|part) of my life is over\b/g,
  /\bat my own funeral\b(?=[^.!?]*(?:💀|😭|😂|lol|lmao|funny|haha))/g,
  /\b(?:had|has|have) me (?:in the ground|dead|deceased|crying)\b/g,
  /\b(?:say|said|saying) (?:goodbye|bye) (?:from here|to (?:my )?(?:nan|gran|grandma|grandad|grandpa|granny|dad|mum|mom|uncle|aunt)|at the funeral)\b(?! (?:like|as if|as though|for the last time|one last time))/g,
  /\b(?:didn't|didnt|never|not) (?:even )?(?:get|got) to say (?:goodbye|bye)\b/g,
  /\b(?:die|died|dying) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cuteness|happiness|jealousy|curiosity|hunger|thirst|the heat|cringe|old age|suspense)\b/g,
  /\b(?:dying|die|dyin) (?:to|for) (?:see|know|try|hear|go|meet|get|tell|find out|eat|have|a|an|some|the|your|his|her|one|another|more)\b/g,
  /\bto die for\b/g,
  /\b(?:die|dye|dying|dyeing|died|dyed) (?:my|your|her|his|their|our) (?:hair|clothes|shirt|jeans|eyebrows|beard)\b/g,
  /\b(?:die|died|dying) (?:laughing|of laughter|a little inside)\b/g,
  /\bdead (?:tired|on my feet|serious|set|beat|bored|inside lol|inside haha|end job|last|heat|easy|funny|ass)\b/g,
  /\b(?:i'm|im|i am|i was|literally) (?:so |literally )?(?:dead|dying|deceased|crying)(?: |\b)(?:lol|lmao|lmfao|haha\w*|😂|💀|🤣|rn|right now at|at this)\b/g,
  /\b(?:😂|💀|🤣|lol|lmao|haha\w*) (?:i'm|im) (?:dead|dying|deceased)\b/g,
  /\b(?:kill|killing|killed) (?:time|the (?:mood|vibe|conversation|buzz)|it|a few hours|an hour|the lights|the engine|the bottle|the game|two birds|the competition|off the bottle|my (?:phone|battery|vibe|buzz|plants?|diet))\b/g,
  /\b(?:is|was|are|were|it's|its|it is|that's|thats|this is|these are|they are|you're|ur|heels are|job is|commute is) (?:literally |honestly |actually |really |slowly |just |kinda |lowkey )?killing me\b/g,
  /\b(?:kills|killed|kill) me (?:that|how|when|to (?:see|think|know|watch|hear))\b/g,
  /\b(?:kill|strangle|murder|kill off) (?:him|her|them|my ex|the ex|my (?:sister|brother|boss|mum|mom|dad|roommate|flatmate))\b/g,
  /\b(?:i could|i'll|i will|i'm going to|i'm gonna|gonna|going to) (?:literally |actually )?(?:kill|murder|strangle) (?:\w+ )?(?:him|her|them|my ex|you|someone|somebody)\b/g,
  /\b(?:cut|cutting|cuts) (?:more |all |some |those |the last )?(?:him|her|them|ties|contact|my ex|the ex|things|it|people|my losses|out (?:sugar|carbs|alcohol|drinking|caffeine|junk|coffee|takeaways|the noise)|back|down|corners|my (?:hair|fringe|bangs|nails|hours|losses|finger|thumb)|the (?:cord|crap|drama)|(?:him|her|them) (?:off|out|loose)|off (?:contact|all contact)|myself (?:off|some slack|a break))\b/g,
  /\b(?:end|ended|ending|ends) (?:it|things|this|everything|the relationship|our relationship|the engagement|the marriage|our marriage) (?:with|between|for us|for good with|officially with) \w+/g,
  /\b(?:ended|ending|end|break|broke|breaking) (?:up|things off|it off)\b/g,
  /\bover my dead body\b/g,
  /\b(?:bored|scared|worried|sick|loved|annoyed|frightened|tickled) to death\b/g,
  /\b(?:would|'d|i'd) (?:honestly |literally |genuinely )?rather (?:die|be dead|eat glass|jump off a bridge|walk into the sea) than (?:text|call|see|message|reply|go|beg|ask|admit|talk|tell|be|let|give|run|dm|speak|reach)\w*/g,
  /\b(?:could|would|'d) kill for (?:a|an|some|his|her|that)\b/g,
  /\b(?:done|finished|over) with (?:him|her|them|my ex|the ex|men|women|guys|girls|dating|love|relationships|this relationship|the apps|dating apps|tinder|hinge|bumble|boys|drama|his (?:games|lies|drama)|her (?:games|lies|drama)|their (?:games|lies|drama))\b/g,
  /\b(?:disappear|vanish|go away|be gone) (?:for (?:a|the|a few|the whole|another) (?:while|bit|day|days|week|weeks|weekend|night|month|hour)|under (?:my|the|a) (?:duvet|covers|blanket|bed|rock)|off (?:social media|instagram|the grid|socials|the apps)|from (?:social media|socials|instagram|his life|her life|their life|the group chat|the party)|into (?:my (?:work|books|room|bed)|a book|netflix)|to (?:my (?:room|parents|mum|mom)|the (?:beach|mountains|countryside|coast))|on holiday|on a trip|for the (?:weekend|week))\b/g,
  /\bcan't (?:live|survive|function|cope) without (?:coffee|chocolate|music|my phone|pizza|tea|wine|my (?:dog|cat|friends|sister|mum|mom)|sleep|netflix|caffeine)\b/g,
  /\b(?:can't|cannot) (?:go on|keep going|take|handle|do) (?:a|another|any more|anymore) (?:date|dates|trip|holiday|vacation|run|shift|meeting|first date|of these (?:dates|apps|meetings))\b/g,
  /\b(?:not worth|isn't worth|wasn't worth) (?:the (?:drama|stress|effort|hassle|fight|money|tears|heartache|wait)|it to (?:text|call|reach|message|go|fight)|my (?:time|tears|energy|peace)|crying over|losing sleep)\b/g,
  /\b(?:my|a|the|our) (?:phone|battery|laptop|car|plant|plants|goldfish|houseplant|charger|tv|fridge|relationship|marriage|love life|social life|dream|hope|career|interest|vibe|streak)(?: \w+)? (?:is|was|has|just) (?:dead|dying|died)\b/g,
  /\b(?:dead|died|dying|die|killed|suicide|overdose|overdosed|funeral|attempt|noose|hang|hanged|hanging|jumped|cut|cutting|self[- ]?harm\w*) (?:in|on|from|during) (?:the|a|that) (?:film|movie|show|series|book|novel|game|episode|documentary|podcast|news|article|song|play)\b/g,
  /\b(?:his|her|their|my (?:friend's|friends'|uncle's|aunt's|cousin's|brother's|sister's|dad's|mum's|mom's|grandad's|grandpa's|grandma's|nan's|neighbour's|neighbor's|classmate's|colleague's|coworker's)) (?:suicide|overdose|funeral|attempt|self[- ]?harm\w*|death|scars)\b/g,
  /\b(?:suicide|crisis|samaritans|988|lifeline|helpline|hotline|prevention|awareness|support line|text line) (?:prevention|awareness|hotline|helpline|line|month|week|day|charity|campaign|training|number|volunteer|squad|doors|mission|rate|rates|statistics|research|workshop|course)\b/g,
  /\b(?:not|never|nothing|no longer|wasn't|isn't|am not|i'm not|im not) (?:\w+ ){0,2}(?:suicidal|self[- ]?harm\w*|going to (?:hurt|kill) myself|going to do anything (?:stupid|silly|to myself)|in danger|at risk)\b/g,
  /\b(?:would|will|could) never (?:\w+ ){0,2}(?:hurt|harm|kill|cut) myself\b/g,
  /\b(?:took|take|taking|had|have) (?:\w+ ){0,2}(?:paracetamol|ibuprofen|advil|tylenol|aspirin|painkillers?|nurofen|panadol|pills?|tablets?|meds|medication|antidepressants?|sertraline|melatonin|vitamins) (?:for (?:my|a|the|this) (?:headache|head|period|cramps|back|cold|flu|migraine|pain|hangover|tooth|sleep|anxiety|depression)|as prescribed|like (?:my|the) doctor said|with (?:food|water|breakfast|dinner)|every (?:morning|night|day)|again today|and (?:went|go|got) (?:to bed|back to|to sleep))\b/g,
  /\b(?:jump|jumped|jumping) (?:at|on) (?:the|this|any|every) (?:chance|opportunity|bandwagon|offer)\b/g,
  /\b(?:kill|killing|killed|slay|slaying|slayed) (?:it|that|this)\b/g,
  /\b(?:i|he|she|they) (?:would|could|'d|will|'ll) die (?:if|when|before) (?:he|she|they|i) (?:saw|see|knew|know|found|find|read|reads|heard|hears)\b/g,
  /\b(?:killing|kill|killed) myself (?:at (?:the gym|work|training|uni|school)|to (?:finish|get|make|meet|hit|keep up|please|impress|pay|save|stay|lose)|with (?:work|training|revision|overtime|deadlines)|over (?:work|exams|this (?:project|essay|deadline))|for (?:the (?:revenge body|exam|project)|a (?:project|deadline|body)|this (?:project|job)))\b/g,
  /\b(?:so|too) (?:full|tired|hungry|bored|hot|cold|embarrassed|stuffed) (?:that )?(?:i'm|i am|im|i could) (?:going to |gonna |literally |actually )?(?:die|explode|pass out)\b/g,
  /\b(?:goodbye|farewell|unsent|closure) (?:letter|note|message) (?:to|for) (?:the|our|this|my) (?:relationship|marriage|past|old (?:self|life)|younger self|ex)\b/g,
  /\bkill me now\b(?= ?(?:lol|lmao|haha|😂|💀|🙃|this meeting|this date|this party))/g,
];

/**
 * Recovery told afterwards: "two years ago I wanted to die; now I'm in a good place". Such a text
 * names self-harm, but as the past, and says the writer is well now; sources count it as no
 * sign. It takes three things (`isRecoveryStory` in screen.ts): a time that is over, clear words of
 * being well now, and nothing of the present pulling back ("again", "every night", "tonight", a
 * plan, a relapse, an urge); and each clause that would be flagged alone must itself tell of the
 * past, so "a year ago I was proud of myself, but now everyone would be better off without me"
 * stays flagged. "I'm fine" alone is not being well: it is what people say to hide.
 */
export const recovery = {
  past: /\b(?:(?:\w+|a few|a couple of)(?: and a half)? (?:years?|months?|yrs?)(?: and [\w ]+)? (?:ago|since|clean|free|later)|(?<!(?:i'm|i am|get|got|getting) )used to|back (?:then|in \w+)|when i was (?:\d+|a \w+|young\w*|at uni|in \w+)|as a (?:teen\w*|kid)|(?:in|through|during) my (?:teen\w*|twenties|thirties|[23]0s)|at [12]\d\b|since (?:my|the|that) (?:attempt|last|night|overdose)|ha(?:ve|s)n't (?:done it|hurt myself|harmed|cut|self harmed|touched a blade|felt (?:like )?that)|old scars|(?:years?|months?|days?) (?:clean|free)|anniversary of|last (?:year|winter|summer|spring|autumn|fall))\b/,
  wellNow:
    /\b(?:glad (?:i'm|i am|to be|i got|i stayed|it didn't)|proud|(?:i'm|i am|i feel) (?:genuinely|honestly|actually|really) (?:ok|okay|alright|good|fine)|(?:i'm|i am|i feel) (?:genuinely |honestly |actually |really )?(?:stable|better|happy|steady|doing (?:well|better|good))|(?:ok|okay|alright|fine|good|better) now|doing (?:well|better|good|alright|genuinely well)|(?:felt|feel|feeling) (?:happy|good|better|like me)|good place|different place|in recovery|recovery is|got help|got through|built a life|(?<!(?:don't|do not|never|not|no longer) )want to live|(?:don't|do not|no longer) (?:want to die|feel (?:like )?that|think (?:like )?that|need (?:it|them|the [a-z ]+)|bother covering|believe that)|(?:isn't|is not) in charge|that part of my life is (?:done|over|behind me)|(?:doesn't|don't) (?:define|control) me)/,
  pullingBack:
    /\b(?:again|tonight|right now|lately|these days (?:i|it)|this week i (?:want|keep|can't)|every (?:day|night|morning)|keep (?:thinking|wanting|planning|imagining)|starting to|back to (?:wanting|thinking|cutting|hurting)|(?:been|am|i'm) (?:planning|cutting|hurting myself|thinking about (?:dying|ending|killing))|still (?:want|wanting|think|thinking|feel|feeling|wish|have (?:the|my))|have (?:the|my) (?:pills|rope|blade|razor|plan)|plan|ready|finish (?:it|the job)|should (?:end|finish|just)|now i (?:want|wish|think|feel like)|can't (?:stop|cope|go on|do this|keep)|relaps|urges?|slipp?ed|(?:feel|feeling) (?:it|that) (?:again|coming back)|coming back|miss (?:it|the blade)|not (?:sure|safe)|(?:want|wanna) to (?:die|end it|disappear))\b/,
};
