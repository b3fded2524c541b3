import { agent, alt, closeOnes, pets } from './concepts-en.ts';
import type { Concept } from './self-harm-en.ts';

/**
 * Abuse concepts in English, over normalized text: who did what to whom. The families follow
 * the published warning signs (physical violence, threats, emotional abuse and fear, control
 * and isolation, money, monitoring, stalking after the breakup). Most read "a partner or ex
 * (`agent`) did a harmful act to me or those close to me"; some read from the writer's side
 * ("I wasn't allowed to…", "I had to account for…"). Sport, slang and plain denials are taken out
 * by `abuseFigures` and the negation check.
 */
export type AbuseFamily =
  | 'physical'
  | 'threats'
  | 'emotional'
  | 'control'
  | 'financial'
  | 'monitoring'
  | 'stalking';

/**
 * A concept from a source of `|` branches: the branches that need a subject (`A`) each become a
 * concept of their own, checked with the subject; the rest stay together as one.
 */
const c = (tier: AbuseFamily, source: string, negatable = true): Concept<AbuseFamily>[] => {
  const branches = topLevelBranches(source);
  const plain = branches.filter((b) => !b.startsWith(A));
  const withAgent = branches.filter((b) => b.startsWith(A)).map((b) => b.slice(A.length));
  for (const b of [...plain, ...withAgent])
    if (b.includes(A)) throw new Error(`A concept needs its subject first: ${b}`);
  return [
    ...(plain.length ? [{ tier, re: new RegExp(plain.join('|'), 'g'), negatable }] : []),
    ...withAgent.map((b) => ({ tier, re: new RegExp(String.raw`\b${b}`, 'g'), negatable, needsAgent: true })),
  ];
};

/** The top-level `|` branches of a regular-expression source. */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** "he once", "my ex would always", "jake had": a subject that can abuse, with its auxiliaries. */
/** Marks a concept whose act needs a subject that can abuse just before it (checked by the screen). */
const A = 'AGENT::';
const target = String.raw`(?:me|us|my (?:${closeOnes}|${pets}|face|head|arm|arms|wrist|wrists|neck|throat|hair|leg|legs|body|chest|back|shoulders?|jaw|ribs?|stomach|eye|eyes|mouth|nose|lip|hand|hands))`;
const violentVerb = alt(
  'hit',
  'hits',
  'hitting',
  'slap(?:ped|s|ping)?',
  'punch(?:ed|es|ing)?',
  'kick(?:ed|s|ing)?',
  'chok(?:e|ed|es|ing)',
  'strangl(?:e|ed|es|ing)',
  'throttl(?:e|ed|ing)',
  'suffocat(?:e|ed|ing)',
  'smother(?:ed|ing|s)?',
  'shov(?:e|ed|es|ing)',
  'push(?:ed|es|ing)?',
  'beat',
  'beats',
  'beating',
  'beaten',
  'batter(?:ed|s|ing)?',
  'grab(?:bed|s|bing)?',
  'bit',
  'bites',
  'biting',
  'burn(?:ed|t|s|ing)?',
  'scratch(?:ed|es|ing)?',
  'headbutt(?:ed|s|ing)?',
  'elbow(?:ed|s|ing)?',
  'pin(?:ned|s|ning)?',
  'restrain(?:ed|s|ing)?',
  'drag(?:ged|s|ging)?',
  'yank(?:ed|s|ing)?',
  'squeez(?:e|ed|es|ing)',
  'smack(?:ed|s|ing)?',
  'whack(?:ed|s|ing)?',
  'thump(?:ed|s|ing)?',
  'attack(?:ed|s|ing)?',
  'assault(?:ed|s|ing)?',
  'rap(?:e|ed|es|ing)',
  'molest(?:ed|s|ing)?',
  'bruis(?:e|ed|es|ing)',
  'spat (?:on|at)',
  'spit (?:on|at)',
  'spits (?:on|at)',
  'stabb?(?:ed|s|ing)?',
  'cut',
  'shook',
  'shake',
  'shakes',
  'shaking',
  'trip(?:ped|s)?',
  'poked',
  'jabbed',
  'hurt (?:me )?(?:physically|badly (?:enough|that)|on purpose|with)',
  'physically (?:hurt|harmed|attacked|hit)',
  'put (?:his|her|their) hands? (?:on|round|around) (?:me|my)',
  'laid (?:a finger|hands|a hand) on',
  'raised (?:his|her|their) (?:hand|fist|fists|arm) (?:to|at|against)',
  'knock(?:ed|s|ing)? (?:me )?(?:down|out|over|unconscious|to the (?:floor|ground))',
  'threw',
  'throws',
  'throwing',
  'thrown',
  'hurl(?:ed|s|ing)?',
  'slamm?(?:ed|s|ing)?',
  'locked',
  'locks',
  'trapped',
  'cornered',
  'corners',
);
const notViolentAfter = String.raw`(?! (?:up\b|a |an |some |to (?:it|the punch)|at (?:chess|cards|pool|darts|tennis|golf|football|mario|fifa|everything|[a-z]+ing\b|the game|games)|in (?:a|the) (?:race|game|match|argument)|out (?:of bed|of the house|of the flat)|away\b|to (?:be|do|grow|try|improve|go|get|apply|study|work|become|reach|see|take|open|start|finish|eat|exercise|the gym|therapy)|into (?:therapy|going|doing|trying|applying)|with (?:the truth|a question|the news|a text|a message)|hard (?:when|that)|like a (?:ton|truck|wave)|harder|so hard emotionally|on the (?:hand|shoulder) (?:to|for)|too far|my buttons|my limits|right in the feels|the hardest|when it came|the door|the phone down|my calls)\b)`;
const weapon = alt(
  'knife',
  'knives',
  'gun',
  'pistol',
  'rifle',
  'shotgun',
  'blade',
  'bat',
  'baseball bat',
  'hammer',
  'scissors',
  'screwdriver',
  'bottle',
  'broken bottle',
  'machete',
  'axe',
  'crowbar',
  'belt',
  'weapon',
);
const names = alt(
  'stupid',
  'idiot',
  'worthless',
  'useless',
  'pathetic',
  'fat',
  'ugly',
  'whore',
  'slut',
  'bitch',
  'cunt',
  'crazy',
  'psycho',
  'mental',
  'insane',
  'retard(?:ed)?',
  'dumb',
  'loser',
  'failure',
  'disgusting',
  'pig',
  'cow',
  'nothing',
  'a joke',
  'names',
  'every name',
  'all sorts',
  'horrible (?:names|things)',
  'a waste of space',
  'unlovable',
  'hysterical',
  'frigid',
  'a bad (?:mother|father|mum|mom|dad|parent)',
  'an unfit (?:mother|father|parent)',
  'trash',
  'garbage',
  'rubbish',
  'simple',
  'thick',
  'a mess',
);
const gaslit = alt(
  'crazy',
  'insane',
  'imagin(?:e|ed|ing) (?:it|things|stuff|that|everything)',
  'making (?:it|things|stuff|that|everything) up',
  'remembering (?:it |things |everything )?wrong',
  'misremembering',
  'too sensitive',
  'overly sensitive',
  'oversensitive',
  'overreacting',
  'paranoid',
  'delusional',
  'losing it',
  'losing my mind',
  'mental',
  'hysterical',
  'dramatic',
  'unstable',
  'the problem',
  'the abusive one',
  'the crazy one',
  'hearing things',
  'seeing things',
  'mad',
  'being ridiculous',
);
const harmVerb = alt(
  'kill',
  'hurt',
  'harm',
  'burn',
  'beat',
  'end',
  'ruin',
  'destroy',
  'take',
  'post',
  'share',
  'send',
  'leak',
  'publish',
  'expose',
  'show',
  'spread',
  'out',
  'report',
  'get',
  'find',
  'come after',
  'hunt',
  'make me pay',
  'make my life (?:hell|a living hell|miserable)',
  'throw me out',
  'have me (?:deported|arrested|sectioned|committed)',
  'get me (?:deported|arrested|sectioned|fired|sacked)',
  'tell (?:everyone|my (?:family|parents|boss|work|kids|friends|mum|mom|dad))',
  'never let me see',
  'stab',
  'shoot',
  'strangle',
  'bury',
  'cut',
  'smash',
  'break',
  'torch',
  'drown',
  'poison',
  'disfigure',
  'acid',
  'make sure i',
  'make sure nobody',
  'make sure no one',
);
const intimate = alt(
  'nudes',
  'nude (?:photos|pics|pictures|images|videos?)',
  'intimate (?:photos|pics|pictures|images|videos?)',
  'private (?:photos|pics|pictures|images|videos?)',
  'sexy (?:photos|pics|pictures)',
  'explicit (?:photos|pics|pictures|images|videos?)',
  'sex (?:tape|video)',
  '(?:the |those |my )?(?:photos|pics|pictures|videos?) (?:of me|i sent)',
);
const kids = alt(
  'kids',
  'children',
  'son',
  'daughter',
  'baby',
  'kid',
  'child',
  'boys',
  'girls',
  'little one',
);
const phoneThings = alt(
  'phone',
  'mobile',
  'messages',
  'texts',
  'emails?',
  'dms',
  'chats',
  'whatsapp',
  'snapchat',
  'call (?:log|history)',
  'diary',
  'journal',
  'social media',
  'socials',
  'facebook',
  'instagram',
  'insta',
  'accounts?',
  'browser history',
  'search history',
  'laptop',
  'computer',
  'mail',
  'post',
  'letters',
  'notifications',
  'location',
  'whereabouts',
  'photos',
  'camera roll',
  'icloud',
  'bank (?:app|account|statements)',
  'contacts',
  'inbox',
);
const places = alt(
  'work',
  'workplace',
  'office',
  'job',
  'house',
  'home',
  'flat',
  'apartment',
  'place',
  'door',
  'front door',
  'doorstep',
  'gym',
  "(?:kids'? |the kids'? |my kids'? |my son's |my daughter's )?school",
  "parents'?(?: house| place)?",
  "mum's|mom's|dad's|sister's|brother's|friend's|friends'",
  'car',
  'window',
  'building',
  'street',
  'road',
  'uni',
  'university',
  'college',
  'church',
  'new (?:place|flat|house|apartment|job)',
  'shop',
  'gate',
  'drive',
  'driveway',
  'bus stop',
  'classes?',
  'lectures?',
);
const money = alt(
  'money',
  'finances',
  'bank accounts?',
  'accounts',
  'bank cards?',
  'cards?',
  'credit cards?',
  'debit cards?',
  'pin',
  'pay',
  'wages',
  'salary',
  'paycheck',
  'pay ?check',
  'benefits',
  'savings',
  'pension',
  'inheritance',
  'cash',
  'child benefit',
  'universal credit',
  'student loan',
  'tips',
);

export const abuseConcepts: Concept<AbuseFamily>[] = [
  // Physical violence, told plainly, often in the past tense.
  c('physical', String.raw`${A}${violentVerb} ${target}${notViolentAfter}`),
  c(
    'physical',
    String.raw`${A}(?:threw|throws|throwing|hurled|chucked|launched|smashed|slammed|flung) (?:\w+ ){1,4}(?:at|against|into|onto|over|across) ${target}\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:threw|throws|thrown|shoved|pushed|slammed|flung|dragged|pinned|held|holds|pinning|backed|pushing|slamming) (?:me|my (?:head|face|body)) (?:\w+ ){0,2}(?:against|into|onto|down|across|up against|to the (?:floor|ground|wall|bed)|on the (?:floor|ground|bed)|out of (?:the car|bed)|down the stairs|off the)\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:i was|i got|i'd been|i've been|i had been|i'd get|i would get|i'd be|getting|got|been|being) (?:\w+ )?(?:hit|slapped|punched|kicked|choked|strangled|beaten|beat up|battered|shoved|pushed around|raped|assaulted|sexually assaulted|molested|attacked|thrown (?:against|into|across|down|out)|dragged|pinned down|held down|smacked|knocked (?:out|down|over)|bitten|burned|stabbed|strangled|locked (?:in|out)|spat on)\b(?! (?:by (?:a|the) (?:car|bus|truck|bike|ball|wave|train|van|cyclist)|in (?:football|rugby|the game|the match|training|boxing|sparring)|at (?:football|rugby|training))\b)`,
  ),
  c(
    'physical',
    String.raw`\b(?:hands?|fingers|arm|forearm|belt|cord|rope|scarf) (?:\w+ ){0,2}(?:round|around|on|across|against) my (?:throat|neck)\b|\b(?:choke ?hold|chokehold|headlock|strangl\w*|chok(?:ed|ing) me|couldn't breathe (?:because|when|while|as) (?:he|she|they)|(?:pressed|held|put|pushed) (?:a |the |his |her |their )?(?:pillow|hand|hands) (?:over|on) my (?:face|mouth))\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:left|gave|giving|give|gives) me (?:\w+ ){0,2}(?:bruises|bruised|a black eye|black eyes|a split lip|a fat lip|marks|a bloody nose|a concussion|a broken (?:rib|nose|arm|wrist|finger|tooth|jaw)|stitches|scars)\b|\b(?:bruises|black eye|split lip|bloody nose|concussion|broken (?:rib|nose|arm|wrist|finger|tooth|jaw)) (?:\w+ ){0,3}(?:from|because of|after|that) (?:him|her|them|he|she|they|my ex|the ex|my (?:partner|husband|wife|boyfriend|girlfriend))\b|\b(?:hide|hid|hiding|cover(?:ed|ing)?(?: up)?|conceal\w*) (?:the |my |all the |those )?(?:bruises|marks|black eye|injuries)\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:pulled|held|waved|pointed|brandished|grabbed|got|picked up|came at me with|came after me with|chased me with|threatened me with|held up|put|pressed|showed me) (?:out )?(?:a |the |his |her |their |kitchen )?${weapon}(?: \w+){0,3} (?:on|at|to|against|near|toward|towards|in front of) (?:me|my)\b|\b(?:came at|went for|lunged at|chased) me (?:with|holding) (?:a|the|his|her|their) ${weapon}\b|\b${weapon} (?:to|against|at) my (?:throat|neck|head|face|chest|stomach)\b`,
  ),
  c(
    'physical',
    String.raw`${A}(?:hurt|hit|kick(?:ed)?|kicks|kicking|punch(?:ed)?|threw|throws|strangled|drowned|starved|killed|poisoned|beat|beats|abused|tortured|stamped on|stomped on|choked|harmed|hurts|hurting|smacked|slapped|shook|shaking|grabbed) (?:my|our|the) (?:${pets}|${kids})\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:forced|forces|forcing|pressur(?:ed|es|ing)|coerced|coerces|guilted|guilt-tripped|manipulated|pushed|bullied|made) (?:me|himself on me|herself on me|themselves on me) (?:\w+ ){0,2}(?:into )?(?:sex|having sex|sleeping with|sexual|doing (?:sexual )?(?:things|stuff) i|things i didn't|to have sex|to sleep with|to do things|to perform|into bed|to send (?:nudes|photos|pics)|into sending)\b|\bforced (?:himself|herself|themselves) on me\b|\b(?:raped|molested|sexually assaulted) me\b|\b(?:sex|touched me|sleep with (?:him|her|them)|having sex) (?:\w+ ){0,3}(?:when|while|even though|after) i (?:\w+ ){0,2}(?:didn't want|said no|said stop|was asleep|was sleeping|was crying|was drunk|wasn't awake|was passed out|had said no|told (?:him|her|them) no)\b|\b(?:didn't|wouldn't|won't|doesn't) (?:stop|take no for an answer|listen) when i (?:said|say|told (?:him|her|them)) (?:no|stop)\b|\bwoke me up (?:by )?(?:having sex|touching me|for sex|with (?:his|her|their) hands)\b`,
    false,
  ),
  c(
    'physical',
    String.raw`\b(?:smashed|broke|broken|breaking|smashing|punched|punches|punching|kicked|kicks|threw|throwing|destroyed|destroying|ripped|tore up|wrecked|trashed|slashed|burned|burnt|set fire to|put (?:his|her|their) (?:fist|foot|head) through) (?:\w+ ){0,2}(?:my|the|our) (?:phone|things|stuff|belongings|door|doors|wall|walls|window|windows|plates|furniture|tv|laptop|car|tyres|tires|clothes|glasses|photos|guitar|table|mirror|chair)\b(?=[^.!?]*\b(?:scare|scared|scary|terrified|terrifying|afraid|frightened|rage|angry|furious|temper|fight|argument|row|shaking|shook|warning|next time|that could be|instead of me|so i|because i|when i|if i|every time)\b)`,
  ),
  c(
    'physical',
    String.raw`\b(?:punched|punches|punching|kicked|kicks|kicking|smashed|smashes|hit|hits|put (?:his|her|their) fist through) (?:a |the )?(?:wall|walls|door|doors|window|windows|mirror) (?:\w+ ){0,2}(?:next to|beside|near|by|right by|inches from|behind) (?:my|me)\b|\b(?:blocked|blocking|blocks|stood in|standing in) (?:the door|the doorway|my way|the exit|the hallway|me from leaving|me in)\b|\b(?:locked|locks|locking) me (?:in|out|inside|outside|in the)\b|\b(?:wouldn't|didn't|won't) let me (?:leave|out|get out|go) (?:of )?(?:the|that|his|her|their) (?:room|house|flat|car|bathroom|bedroom)\b|\b(?:drove|drives|driving|speeding) (?:\w+ ){0,3}(?:like a maniac|recklessly|dangerously|really fast|at 100|way too fast) (?:\w+ ){0,3}(?:to (?:scare|frighten|punish)|when (?:he|she|they) (?:was|were) angry|with me in)\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:violent|violence|aggressive|physical|rough|abusive|dangerous|scary) (?:\w+ ){0,2}(?:with|towards|toward|against|to) (?:me|us|my)\b|\b(?:he|she|they|my ex|the ex|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:was|is|got|gets|became|were|are|could be|would get|turned) (?:\w+ )?(?:violent|aggressive|physical|rough|abusive|scary|dangerous|threatening|menacing)\b(?! (?:with|towards|to) (?:the (?:dog|cat|ball|referee)|strangers|other (?:drivers|people|players)))`,
  ),
  c(
    'physical',
    String.raw`\b(?:domestic (?:violence|abuse|assault|incident)|dv|intimate partner (?:violence|abuse)|violent relationship|abusive (?:relationship|marriage|partner|ex|boyfriend|girlfriend|husband|wife|home)|battered)\b`,
  ),

  // Threats.
  c(
    'threats',
    String.raw`\b(?:threaten(?:ed|s|ing)?|made threats|making threats|threats) (?:me|to|that|my|us|the kids|the children|my family|our|against|about|of|saying|like)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:threatening|threatened|nasty|scary|menacing|intimidating|abusive|violent|horrible) (?:\w+ )?(?:messages|texts|voicemails|voice notes|emails|letters|calls|notes|dms|comments)\b|\bdeath threats?\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:said|says|saying|told (?:me|everyone|my \w+)|tells me|swore|swears|promised|promises|warned|warns|warning|screamed|screams|shouted|texted|texts|messaged|wrote|would say|kept saying|keeps saying|used to say|goes|went|yelled|whispered|made it clear|let me know|implied|hinted) (?:that )?(?:\w+ )?(?:he'd|he would|she'd|she would|they'd|they would|he will|she will|they will|he'll|she'll|they'll|he was going to|she was going to|they were going to|he's going to|she's going to|they're going to|he is going to|she is going to|he could|she could|they could|i'd|i would|i'll|i will|i was going to|i'm going to|i would never|i'd never|i'll never|i will never|nobody would|no one would|nobody will|no one will|it would be|i'd be|i would be|i'd end up|i'll end up|i'd regret|i'll regret|i would regret|i will regret|i'd pay|i'll pay|he knows where|she knows where|they know where) (?:\w+ ){0,3}(?:${harmVerb}|see (?:the|my|our) (?:${kids}) again|get (?:custody|the (?:kids|children|house))|be sorry|regret it|pay for|dead|in the ground|in a ditch|in hospital|in a box|find me|find my body|the last thing|ever see|live|walk away|leave alive|have (?:anything|nothing)|be able to leave)\b`,
  ),
  c(
    'threats',
    String.raw`\bif i (?:ever )?(?:leave|left|go|went|break up|broke up|tell|told|call|called|report|reported|try to leave|tried to leave|see|saw|talk to|talked to|speak to|go to|went to|move out|moved out|ended it|end it|leave (?:him|her|them)|left (?:him|her|them)|take the kids|took the kids|ever leave)\b(?:[^.!?]{0,80})\b(?:he'd|he would|she'd|she would|they'd|they would|he will|she will|they will|he'll|she'll|they'll|i'd|i would|i'll|i will|i'd never|i would never)\b(?:[^.!?]{0,40})\b(?:${harmVerb}|see (?:the|my|our) (?:${kids})|regret|pay|sorry|dead|suicide|custody)\b`,
    false,
  ),
  c(
    'threats',
    String.raw`\b(?:kill|hurt|harm|end|take|off) (?:himself|herself|themselves|themself|his own life|her own life|their own life|his life|her life|their life)\b(?=[^.!?]*\b(?:if i|unless i|when i|because i|so i|i couldn't|i can't|i had to|i have to|i wouldn't|i didn't|i won't|i don't|i left|i leave|i go|i end|i ended|to make me|to keep me|if we|i'd be|it would be my fault|it'd be my fault)\b)|\b(?:threaten(?:ed|s|ing)?|threat) (?:of )?(?:suicide|to kill (?:himself|herself|themselves)|self[- ]?harm)\b|\b(?:${agent}) (?:said|says|would say|told me|texted|messaged|keeps saying|kept saying|threatened) (?:that )?(?:he'd|she'd|they'd|he would|she would|they would|he will|she will|he'll|she'll|they'll|he was going to|she was going to) (?:kill|hurt|harm) (?:himself|herself|themselves)\b`,
    false,
  ),
  c(
    'threats',
    String.raw`\b(?:threaten(?:ed|s|ing)? to |said (?:he|she|they)(?:'d| would| will|'ll) |would |will |going to )?(?:post|share|send|leak|publish|show|spread|release|put|upload|forward) (?:\w+ ){0,2}${intimate}\b|\brevenge porn\b|\b(?:has|had|kept|keeps|still has|saved|screenshotted) ${intimate} (?:\w+ ){0,3}(?:and|to|threaten|unless|if|over me|against me|as leverage|to use)\b|\bsextort\w*\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:take|taking|took|keep|get|getting) (?:the|my|our) (?:${kids}) (?:\w+ ){0,2}(?:away|from me|off me|and i'd never|out of the country|abroad)\b|\b(?:never|not|won't|wouldn't) (?:ever )?(?:see|get to see) (?:the|my|our) (?:${kids}) again\b|\buse(?:s|d|ing)? (?:the|my|our) (?:${kids}|custody|access|contact) (?:\w+ ){0,2}(?:against me|to (?:get|control|hurt|punish|manipulate|threaten|get at|get back at) me|as (?:a weapon|leverage|pawns?))\b|\bcustody (?:\w+ ){0,3}(?:threat|threaten|take|lose|make sure i|never see|unfit)\b|\b(?:unfit|bad) (?:mother|father|mum|mom|dad|parent) (?:and|so) (?:he|she|they)(?:'d| would| will|'ll) (?:take|get)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:have|get) me (?:deported|arrested|sectioned|committed|fired|sacked|locked up)\b|\breport me to (?:immigration|the home office|the police|social services|my (?:boss|work|employer))\b|\bout me (?:to|as)\b|\b(?:tell|send) (?:everyone|my (?:family|parents|boss|work|employer|kids|friends|mum|mom|dad)) (?:that i|i'm|about my|my secrets|the truth about|lies)\b(?=[^.!?]*\b(?:if|unless|threat|or else|would|will)\b)`,
  ),
  c(
    'threats',
    String.raw`\b(?:or else|you'll be sorry|you'll regret|you will regret|watch your back|you're dead|you are dead|i know where you live|i'll find you|i will find you|you'll pay|you will pay|nobody will find|no one will find)\b`,
  ),

  // Emotional abuse, humiliation, gaslighting, blame, and fear itself.
  c(
    'emotional',
    String.raw`${A}(?:call(?:ed|s|ing)?|would call|kept calling|used to call|labelled|labeled) me (?:a |an |his |her |their |the |fucking |fat |stupid |useless |little )*${names}\b`,
  ),
  c(
    'emotional',
    String.raw`${A}(?:said|says|told me|tells me|would say|kept saying|keeps saying|used to say|made me feel|makes me feel|convinced me|screamed|yelled|shouted|let me know|reminded me|reminds me) (?:that )?(?:i was|i'm|i am|i'd be|i would be|i'll always be|i'll never be|i would never be|i'd never be|i was nothing|no one (?:else )?(?:would|will|could)|nobody (?:else )?(?:would|will|could)|i should be (?:grateful|thankful|lucky)|i was lucky|i'm lucky|i'd never find|i'll never find|i would never find|i couldn't|i can't|i don't deserve|i didn't deserve|my (?:friends|family) (?:hate|didn't|don't))(?: \w+){0,3} (?:${names}|worthless|ugly|fat|stupid|nothing|useless|pathetic|lucky to have|nobody|unlovable|a burden|an embarrassment|embarrassing|disgusting|a failure|a bad|want me|love me|put up with me|believe me|find anyone|survive without|cope without|do anything right|deserve|better|grateful|hate me|talk to me|lucky|anyone else|ever love|ever want)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:humiliat|belittl|degrad|demean|ridicul|mock|insult|berat|disrespect|undermin|patroniz|patronis|condescend|bully|bullie|bullied|intimidat|scream|yell|shout|swore|swear|sneer|spit|laugh(?:ed|s|ing)? at|talk(?:ed|s|ing)? down to|put(?:s|ting)? me down|made fun of|makes fun of|make fun of|pick(?:ed|s|ing)? on|tore me (?:apart|to shreds)|rip(?:ped|s)? me apart|criticis|criticiz|shame|shaming)\w* (?:at )?(?:me|my)\b(?=[^.!?]*\b(?:in front of|all the time|constantly|every (?:day|time|night)|always|for no reason|for hours|until i|till i|scared|afraid|terrified|small|worthless|stupid|useless|nothing|friends|family|everyone|public|kids|children|looks|weight|body|appearance|cooking|clothes|intelligence|job|family|whenever|if i|when i|so much|again|constantly|humiliat|names)\b)`,
  ),
  c(
    'emotional',
    String.raw`${A}(?:humiliat(?:ed|es|ing)|belittl(?:ed|es|ing)|degrad(?:ed|es|ing)|demean(?:ed|s|ing)|ridicul(?:ed|es|ing)|mock(?:ed|s|ing)|insult(?:ed|s|ing)|berat(?:ed|es|ing)|bull(?:ied|ies|ying)|intimidat(?:ed|es|ing)|terrori[sz](?:ed|es|ing)|manipulat(?:ed|es|ing)|gaslit|gaslight(?:ed|s|ing)?|emotionally abus(?:ed|es|ing)|verbally abus(?:ed|es|ing)|psychologically abus(?:ed|es|ing)|tormented|torments|punish(?:ed|es|ing)|scared|scares|scaring|frightened|frightens|terrified|terrifies|put down|puts down|talked down to|talks down to|made fun of|makes fun of|screamed at|screams at|yelled at|yells at|shouted at|shouts at|swore at|swears at|spat at|degrades|shamed|shames|body[- ]shamed) (?:me|us)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:gaslit|gaslight(?:ed|ing)?|gas lit|gas lighting)\b(?! (?:him|her|them)\b)|\b(?:told|tells|telling|said|says|saying|insisted|insists|swore|swears|convinced me|claimed|claims|acted like|acts like|pretended|pretends) (?:to me )?(?:that )?(?:it|that|this|those things|what i saw|what i heard|any of it|the (?:fight|argument|hit|push|incident)) (?:never|didn't) (?:happened|happen|occurred)\b|\b(?:never happened|didn't happen)(?:,| and| but)? (?:\w+ ){0,3}(?:he|she|they) (?:said|says|insisted|swore)\b`,
  ),
  c(
    'emotional',
    String.raw`${A}(?:said|says|told me|tells me|would say|kept saying|keeps saying|insisted|insists|convinced me|made me believe|make me believe|made me think|makes me think|acted like|acts like|treated me like|treats me like) (?:that )?(?:i was|i'm|i am|i was being|i'm being|i had|i was just|i'm just|i must be|i must have been|i)(?: \w+){0,2} ${gaslit}\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:made|makes|making) me (?:\w+ ){0,2}(?:doubt|question|second-guess|second guess|distrust) (?:my|myself|my own|what i|everything i|whether i|my sanity|my memory|reality)\b|\b(?:started|began|start) (?:to )?(?:doubt|question|second-guess) (?:my )?(?:own )?(?:memory|sanity|mind|reality|perception|judgement|judgment|myself)\b(?=[^.!?]*\b(?:he|she|they|him|her|them|ex)\b)|\bmade me feel (?:like )?(?:i was |i'm )?(?:crazy|insane|mad|like i was going crazy|like i was losing my mind|like i was the problem|paranoid)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:blamed|blames|blaming|blame) me (?:\w+ ){0,2}(?:for (?:\w+ ){0,2}(?:anger|temper|violence|outbursts|rages?|hitting|hurting|drinking|behaviour|behavior|abuse|what (?:he|she|they) did|pushing|grabbing|mood|moods|actions|cheating|the fight|losing (?:his|her|their) temper|everything)|when (?:he|she|they) (?:hit|hurt|lost|got angry|exploded|snapped))\b|\b(?:said|says|told me|tells me|insisted|made me believe|would say|convinced me) (?:that )?(?:it was my fault|i made (?:him|her|them)|i provoked|i deserved (?:it|that|what)|i asked for it|i pushed (?:him|her|them) to|i drove (?:him|her|them) to|i brought it on myself|look what you made me do|you made me do (?:it|this|that)|it's your fault)\b|\b(?:it was|it's) my fault (?:\w+ ){0,2}(?:he|she|they) (?:hit|hurt|grabbed|pushed|shoved|lost|snapped|got (?:angry|violent|physical)|exploded|lashed out|threw|choked)\b|\b(?:i|i'd|i had) (?:made|provoked|pushed|wound up|set off|triggered) (?:him|her|them) (?:\w+ ){0,2}(?:hit|hurt|grab|push|shove|lose|snap|lash out|explode|throw|so angry|to do it|do (?:it|that|what))\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:afraid|scared|frightened|terrified|fearful|petrified|nervous|anxious|wary) (?:\w+ ){0,1}(?:of (?:him|her|them|my ex|the ex|my (?:partner|husband|wife|boyfriend|girlfriend)|[a-z]+'s (?:temper|anger|reaction|moods?)|his|her|their|what (?:he|she|they)|how (?:he|she|they)|setting (?:him|her|them) off|making (?:him|her|them) (?:angry|mad|upset)|upsetting (?:him|her|them)|(?:his|her|their) (?:temper|anger|reaction|moods?|rage|outbursts|fists|drinking))|(?:of )?what (?:he|she|they)(?:'d| would| might| could| will|'ll) do|to (?:go home|leave|say no|disagree|speak up|tell (?:him|her|them) no|upset (?:him|her|them)|make (?:him|her|them) (?:angry|mad)|be late|come home late|see my (?:friends|family)|wear|tell anyone|call the police|report|be in the same room|be alone with (?:him|her|them)|fall asleep next to)|(?:he|she|they)(?:'d| would| might| will|'ll) (?:hurt|hit|kill|find|come|snap|explode|lose it|take))\b`,
  ),
  c(
    'emotional',
    String.raw`\bwalk(?:ing|ed|s)? on (?:egg ?shells|eggshells|glass)\b|\btip ?toe(?:d|ing|s)? around (?:him|her|them|his|her|their)\b|\b(?:never|didn't|did not) know what (?:would|might|was going to) set (?:him|her|them) off\b|\bset (?:him|her|them) off\b|\b(?:so|in case|otherwise|or) (?:he|she|they) (?:wouldn't|won't|didn't|doesn't|don't|would|will|might|'d) (?:explode|snap|go off|blow up|kick off|lose it|get angry|get mad|flip|flip out|start|rage|lash out)\b|\bto (?:avoid|prevent|stop) (?:a|another|the) (?:fight|explosion|outburst|row|meltdown|blow ?up|scene|episode|rage)\b(?=[^.!?]*\b(?:he|she|they|his|her|their|him|them)\b)|\b(?:keep|keeping|kept) the peace\b(?=[^.!?]*\b(?:scared|afraid|or else|temper|explode|set (?:him|her|them) off|walking|so (?:he|she|they))\b)`,
  ),
  c(
    'emotional',
    String.raw`\b(?:check(?:ed|ing)?|read(?:ing)?|gaug(?:e|ed|ing)|judg(?:e|ed|ing)|watch(?:ed|ing)?) (?:his|her|their) (?:mood|face|tone) (?:before|every|when|the moment|as soon as)\b|\b(?:watch(?:ed|ing)?|careful (?:about )?(?:what|how)|had to be careful (?:about )?(?:what|how)|think(?:ing)? twice about) (?:every ?thing )?(?:i (?:said|say|did|do|wore|wear|ate|eat)|what i (?:said|say|did|do|wore|wear)|my words)\b(?=[^.!?]*\b(?:he|she|they|him|her|them|his|temper|set off|explode|angry|mad|scared|afraid|reaction|so as not)\b)|\b(?:his|her|their) (?:temper|rages?|anger|moods?|outbursts|explosions|fits|tantrums|drinking) (?:\w+ ){0,2}(?:scared|terrified|frightened|controlled|ruled|ran|dictated|meant i)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:feared|fear|fearing|scared|afraid|worried|terrified) for my (?:life|safety|kids'? safety|children'?s? safety)\b|\b(?:didn't|did not|don't|do not|never|rarely|couldn't|could not) (?:ever |really |once |actually )?(?:feel|felt) (?:safe|secure|safe or secure)\b(?! (?:enough to (?:cry|talk about|open up)|talking about my feelings|opening up|being vulnerable|sharing)\b)|\b(?:wasn't|was not|weren't|never|not|don't feel|didn't feel) (?:ever )?safe (?:with|around|near|at home|in (?:my|our|that|the) (?:own )?(?:home|house|flat|bed|relationship))\b|\bunsafe (?:with|around|at home|in (?:my|our|the|that) (?:own )?(?:home|house|flat|relationship))\b`,
    false,
  ),
  c(
    'emotional',
    String.raw`\b(?:hid|hide|hiding|locked myself|lock myself|ran|run|running|escaped|fled) (?:\w+ ){0,1}(?:in|into|from|to) (?:the )?(?:bathroom|bedroom|car|a neighbour's|a neighbor's|my (?:friend's|mum's|mom's|parents'?))\b(?=[^.!?]*\b(?:he|she|they|him|her|them|scared|afraid|until|till|angry|rage|safe)\b)|\b(?:called|call|calling|rang|ring|phoned) (?:the )?(?:police|cops|911|999|000|112)\b(?=[^.!?]*\b(?:on (?:him|her|them)|because|when (?:he|she|they)|after (?:he|she|they)|he|she|they|him|her|them)\b)|\b(?:restraining|protection|protective|non-molestation|no-contact|occupation|stay-away) orders?\b|\b(?:avo|dvo|dvpo|injunction against|peace bond|women's refuge|a refuge|domestic abuse (?:shelter|service|helpline|charity)|shelter for women)\b`,
    false,
  ),
  c(
    'emotional',
    String.raw`${A}(?:silent treatment|ignored me for days|refused to speak to me for|stopped speaking to me for|sulked for days|gave me the cold shoulder for days)\b(?=[^.!?]*\b(?:punish|until i|as punishment|whenever i|if i|every time i|to control|apologi[sz]ed|begged)\b)|(?:punish(?:ed|es|ing)?) me\b|(?:accused|accuses|accusing) me (?:\w+ ){0,2}(?:of )?(?:cheating|flirting|sleeping|lying|having an affair|wanting)\b|(?:threw|throws) (?:a )?(?:fit|tantrum|rage) (?:\w+ ){0,4}(?:if|whenever|when|every time) i\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:emotional|emotionally|verbal|verbally|psychological|psychologically|mental|mentally|financial|financially|sexual|sexually|physical|physically|narcissistic|coercive|controlling) (?:abus\w*|abused|manipulat\w*|violen\w*|cruel\w*|tortur\w*|aggress\w*|control|coercion)\b|\b(?:abused|abusing|abuses|abuse) (?:me|us|my)\b|\b(?:he|she|they|my ex|the ex|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:was|is|were|are|became|could be|can be) (?:\w+ )?(?:abusive|cruel|manipulative|a bully|an abuser|terrifying|frightening|intimidating|threatening|violent|controlling|possessive|coercive)\b|\b(?:my|the|an|your) abuser\b|\bi (?:was|am|have been|'ve been|had been|felt) (?:abused|mistreated|brainwashed|manipulated|controlled|intimidated|terrori[sz]ed|bullied|degraded|humiliated)\b(?! (?:by (?:my (?:boss|teacher|coach|manager|parents|dad|mum|mom|father|mother)|a (?:teacher|stranger|coworker|colleague))|at (?:work|school))\b)`,
  ),

  // Control and isolation.
  c(
    'control',
    String.raw`\b(?:wasn't|was not|weren't|were not|not|never|i'm not|i am not|i'm never|isn't|am not) (?:\w+ )?allowed (?:to|out|near|any)\b(?=[^.!?]*\b(?:he|she|they|him|her|them|his|their|ex|i|my|me)\b)|\b(?:had|have|needed|need|got|get) (?:to )?(?:ask|beg|get|seek) (?:\w+ ){0,2}(?:permission|approval|his ok|her ok|their ok|the ok|sign[- ]off|the go-ahead|clearance)\b|\bask(?:ed|ing)? (?:him|her|them) (?:for )?permission\b`,
    false,
  ),
  c(
    'control',
    String.raw`\b(?:won't|wouldn't|didn't|doesn't|don't|never|would not|will not|did not|does not|refused to|refuses to|wont|didnt|wouldnt|doesnt|stopped|stops|stopping) (?:\w+ ){0,1}(?:let|letting|allow|allowing|allowed) me (?:to )?(?:\w+ ){0,2}(?:go|see|leave|have|talk|speak|work|study|wear|use|drive|visit|spend|get|keep|out|sleep|eat|call|text|make|open|touch|access|take|meet|choose|decide|stay|hang|dress|cut|dye|learn|finish (?:my|school|college|uni)|apply|travel|join|do (?:anything|things)|be alone|lock|close|contact|go out|have friends|have money|have a job|have a phone|have my own)\b(?! (?:explain|say goodbye|apologi|get a word in|finish (?:my sentence|talking|speaking)|pay for|treat|buy (?:him|her|them)|help (?:him|her|them)|carry|cook for)\b)`,
    false,
  ),
  c(
    'control',
    String.raw`\b(?:had|have|needed|need|was made|were made|expected) to (?:tell|text|message|update|call|ring|report to|check in with|send|show|facetime|video call) (?:him|her|them) (?:\w+ ){0,4}(?:where|who|what i|when i|every|my location|a (?:photo|picture|selfie|video)|photos|pictures|proof|receipts?|the receipt|exactly|all the time|constantly|the minute|as soon as)\b|\b(?:had|have|needed|need|was made|expected) to (?:account|answer) for (?:every|all|my|each|where)\b|\baccount(?:ed|ing)? for (?:every|each|all (?:of )?my) (?:penny|pound|dollar|cent|minute|hour|moment|second|receipt|purchase|thing i bought)\b`,
    false,
  ),
  c(
    'control',
    String.raw`${A}(?:told|tells|decided|decides|decide|chose|chooses|picked|picks|dictated|dictates|controlled|controls|control|controlling|ruled|rules|approved|approves|vetted|vets|choose|pick) (?:me )?(?:who|what|where|when|how (?:much|often|long)?|which) (?:\w+ ){0,2}(?:to wear|to eat|to say|to see|to go|to talk|to spend|to dress|to think|i (?:could|can|was allowed to|may|should|got to|had to)|i (?:wore|wear|ate|eat|saw|see|went|go|spent|spend|talked|talk|dressed|dress|texted|text|messaged|called|followed|posted|watched|did|do)|friends i|people i)\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:controlled|controls|controlling|micromanaged|micromanages|ran|runs|dominated|dominates|restricted|restricts|rationed|rations|monitored|monitors|policed|polices|dictated|dictates) (?:\w+ ){0,2}(?:everything|every (?:part|aspect|move|decision|detail)|what i|where i|who i|when i|how i|my (?:life|every|whole|food|eating|weight|clothes|friends|time|phone|movements|sleep|money|body|choices|decisions|social life|schedule|calls))\b|\b(?:he|she|they|my ex|the ex|my (?:partner|husband|wife|boyfriend|girlfriend)) (?:was|is|were|are|got|became) (?:\w+ )?(?:controlling|possessive|jealous and controlling|so jealous (?:that|i|he|she)|a control freak)\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:isolat(?:ed|es|ing)|cut|cuts|cutting|kept|keeps|keeping|stopped|stops|stopping|separated|separates|alienated|alienates|turned|turns|turning|pushed|drove|drives|driving|banned|bans|forbade|forbids|forbid) (?:me )?(?:off |away )?(?:from|against) (?:my |all my |all of my |most of my )?(?:friends|family|mates|parents|mum|mom|dad|sister|brother|sisters|brothers|people|everyone|support|colleagues|loved ones|church|community)\b|(?:turned|turns|turning|poisoned|poisons) (?:my |all my )?(?:friends|family|mates|parents|mum|mom|dad|sister|brother|kids|children) against me\b`,
  ),
  c(
    'control',
    String.raw`\b(?:drove|driven|drives|driving|pushed|chased|scared|frightened) (?:away )?(?:all )?(?:of )?my (?:friends|family|mates) (?:away|off)\b|\b(?:isolated|cut off) (?:me )?from (?:everyone|my (?:friends|family|support))\b|\b(?:lost|losing) (?:all )?(?:touch with )?(?:my|all my|most of my) (?:friends|family|mates) (?:because of|thanks to|over) (?:him|her|them|my ex|the ex|the relationship)\b|\b(?:i|i've|i had) (?:no|didn't have any|barely any|hardly any|not a single) (?:friends|one) left (?:because|by the end|after)\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:didn't|doesn't|wouldn't|won't|hated|hates|got (?:angry|mad|jealous|upset|furious|moody)|gets (?:angry|mad|jealous|upset|furious|moody)|sulked|sulks|kicked off|kicks off|went mad|goes mad|went crazy|would sulk|would go mad|threw a fit|throws a fit|made a scene|makes a scene|punished me|interrogated me|interrogates me|questioned me|questions me|grilled me|grills me) (?:\w+ ){0,3}(?:whenever|when|if|every time|any time|anytime|each time|because) i (?:\w+ ){0,2}(?:saw|see|went out|go out|spent time|spend time|talked to|talk to|hung out|hang out|texted|text|messaged|called|visited|visit|met up|meet up|went to|go to|had (?:a )?(?:drink|lunch|coffee)|was with|am with|wanted to see)\b(?=[^.!?]*\b(?:friends?|family|mum|mom|dad|parents|sister|brother|anyone|someone|a guy|a girl|a man|a woman|male|female|coworkers?|colleagues?|mates?|people|anybody|other)\b)`,
  ),
  c(
    'control',
    String.raw`${A}(?:took|takes|taking|take|hid|hides|hiding|hidden|kept|keeps|keeping|confiscated|confiscates|smashed|smashes|broke|breaks|destroyed|destroys|withheld|withholds|held|holds|stole|steals|locked away|locks away|cut up) (?:away )?(?:my )?(?:keys|car keys|house keys|phone|mobile|passport|id|documents|papers|visa|birth certificate|wallet|purse|bank cards?|cards|credit cards?|debit cards?|medication|meds|inhaler|glasses|charger|laptop|sim card|sim|car|shoes|clothes)\b(?! (?:back|to (?:fix|repair)|by (?:mistake|accident)|when (?:he|she|they) (?:left|moved out)|with (?:him|her|them) when)\b)`,
  ),
  c(
    'control',
    String.raw`\b(?:stopped|stops|stopping|prevented|prevents|prevent|wouldn't let|didn't let|won't let|doesn't let|made|makes|forced|forces|pressured|pressures|guilted|talked|bullied|sabotaged|sabotages|ruined|ruins|got me fired from|made me lose|cost me|sabotaging) (?:me )?(?:from )?(?:\w+ ){0,2}(?:working|going to work|go to work|my (?:job|career|shifts?|interviews?|course|studies|degree|exams)|studying|study|college|uni|university|school|a job|getting a job|get a job|quit (?:my|the|her|his)? ?(?:job|work|course|studies|uni|college)|quitting (?:my )?(?:job|work|course)|give up (?:my )?(?:job|work|career|studies|course)|giving up (?:my )?(?:job|work|career|studies)|leave (?:my )?(?:job|work|course|college|uni))\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:told|tells|made|makes|forced|forces|wouldn't let|didn't let|won't let|doesn't let|controlled|controls|decided|decides|chose|chooses|picked|picks|criticised|criticized|criticises|criticizes|commented on|comments on|policed|polices) (?:me )?(?:\w+ ){0,3}(?:what (?:to|i|i'm allowed to|i could) (?:wear|wore|eat|ate)|change (?:my )?(?:clothes|outfit|top|dress)|how i (?:dress(?:ed)?|look|looked)|wear (?:makeup|that|short|a skirt|a dress|tight)|my (?:clothes|outfits|makeup|hair|weight|food|eating|portions))\b`,
  ),
  c(
    'control',
    String.raw`\b(?:poked|poke|pokes|pierced|put|made|making) holes in (?:the |my |our )?condoms?\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:hid|hides|threw away|throws away|flushed|flushes|took|takes|tampered with|tampers with|messed with|messes with|stole|steals|replaced|swapped|destroyed) (?:my |the )?(?:pills?|birth control|contraception|contraceptives?|the pill|implant|coil|iud|condoms?|morning[- ]after pill)\b`,
  ),
  c(
    'control',
    String.raw`\b(?:wouldn't|didn't|won't|doesn't|refused to|refuses to|stopped me from|stopped me) (?:let me )?(?:take|taking|use|using|get|getting|wear|wearing|go on|going on) (?:my |the |a |any )?(?:pill|pills|birth control|contraception|contraceptives?|condoms?|implant|coil|morning[- ]after pill)\b|\b(?:took|takes|pulled|pulls|removed|removes|slipped) (?:the |his )?condom off\b|\bstealth(?:ed|ing)\b|\brefused (?:to )?(?:use|wear) (?:a )?condom\b|\b(?:pressured|pressures|forced|forcing|pushed|pushing|pushes|made|makes|bullied|guilted|coerced|coerces) me (?:\w+ ){0,2}(?:to |into )?(?:get|getting|have|having|keep|keeping|end|ending|terminate|terminating) (?:pregnant|a baby|an abortion|the pregnancy|the baby|a termination|another baby|a child)\b|\b(?:tried|trying|tries|wanted|wants) to get me pregnant (?:so|to|without|even though|against|when i)\b|\bbaby ?trap\w*\b|\b(?:forced|pressured|made) (?:me )?(?:to )?(?:have|get) an abortion\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:choose|chose|chooses|pick|picks|picked|decide|decides|decided|vet|vets|vetted|approve|approves|approved) (?:my|which|who) (?:friends|people i|friend i)\b|\b(?:only|just) allowed (?:to )?(?:see|talk to|text|have)\b|\b(?:i had|i have|had|have) (?:a )?curfew\b(?=[^.!?]*\b(?:he|she|they|him|her|them|set|gave|or)\b)|\b(?:i'm|i was|i am|felt like|feel like) (?:a|his|her|their) (?:prisoner|hostage|possession|property|slave|pet)\b|\b(?:kept|keeps|keeping|locked) me (?:at home|in the house|inside|indoors|in the flat|like a)\b`,
  ),

  // Money.
  c(
    'financial',
    String.raw`\b(?:gave|gives|giving|give|handed|hands|put me on|kept me on|i (?:got|get|had|have|was on|am on|was given|am given|was put on|was allowed)) (?:me )?(?:an |a (?:weekly|monthly|daily|tiny|small|strict|little) |an? )?(?:allowance|pocket money|spending money)\b|\bon an allowance\b`,
  ),
  c(
    'financial',
    String.raw`${A}(?:controlled|controls|controlling|took|takes|taking|took away|took over|kept|keeps|keeping|held|holds|had all|has all|had total control of|has total control of|had complete control over|withheld|withholds|hid|hides|hoarded|seized|changed the (?:pin|password) (?:to|on)|cut off|cuts off|cut me off from|froze|drained|emptied|cleared out|cleaned out|spent|blew|gambled away|drank away|stole|steals|used|uses|maxed out) (?:all )?(?:of )?(?:the |our |my |all my |every penny of my )?${money}\b(?! (?:back|for (?:the|our) (?:holiday|mortgage|wedding|bills|house)|when we split|equally|fairly)\b)`,
  ),
  c(
    'financial',
    String.raw`(?<!\b(?:i|we|i've|i have|we've|i'd|i had) (?:\w+ )?)\b(?:took|takes|taken|taking|opened|opens|ran up|runs up|racked up|racks up|run up|put|puts|took out|takes out|maxed out|used|uses|forged|applied for|got|signed|left) (?:\w+ ){0,3}(?:loans?|credit cards?|debts?|bills|overdrafts?|phone contracts?|finance|car finance|mortgage|accounts?|payday loans?|catalogue|store cards?|credit) (?:\w+ ){0,2}(?:in|under|on|using) my (?:name|details|credit|id|identity)\b|\b(?:in|under) my name without (?:my )?(?:knowing|consent|permission|asking|telling me|me knowing)\b|\b(?:debts?|loans?|credit cards?|arrears|bills) (?:he|she|they) (?:\w+ ){0,2}(?:in|under) my name\b|\b(?:ruined|wrecked|destroyed|trashed) my (?:credit|credit score|credit rating|finances)\b|\b(?:stole|steals|stealing) (?:\w+ ){0,2}(?:my )?(?:identity|savings|wages|pay|card|bank details|benefits|money)\b|\bleft me (?:with|in) (?:\w+ ){0,2}(?:debt|debts|thousands)\b`,
  ),
  c(
    'financial',
    String.raw`\b(?:had|have|needed|need|was made|made me) to (?:ask|beg|plead with) (?:him|her|them) for (?:money|cash|every|anything|basics|food money|tampons|bus fare|the bus fare|a few quid|a few dollars)\b|\b(?:wouldn't|didn't|won't|doesn't|never|refused to|refuses to) (?:let me |give me |allow me )?(?:have |access |open |see |touch |know )?(?:my own|any|access to|a|the|our) (?:money|bank account|account|card|cash|pin|passwords? (?:to|for) the bank|finances|statements)\b|\bno access to (?:money|our money|the (?:bank|accounts|money|joint account)|my (?:own )?(?:money|account|wages|salary)|cash|any money)\b|\b(?:made|makes|forced|forces) me (?:\w+ )?(?:hand over|give (?:him|her|them)|sign over|transfer|pay (?:for )?(?:everything|all)) (?:\w+ ){0,1}(?:my )?(?:wages|salary|pay|paycheck|money|benefits|card|savings|everything i earn|all my money)\b|\b(?:checked|checks|went through|goes through|monitored|monitors|scrutini[sz]ed|questioned|interrogated|audited) (?:\w+ ){0,2}(?:every|all|my) (?:receipts?|purchases?|spending|bank statements?|transactions?|penny|pound|expense)\b|\bevery (?:single )?(?:penny|pound|cent|dollar|receipt) i (?:spent|spend|earned|earn)\b`,
  ),

  // Monitoring.
  c(
    'monitoring',
    String.raw`${A}(?:read|reads|reading|went through|goes through|going through|go through|checked|checks|checking|check|searched|searches|looked through|looks through|look through|scrolled through|scrolls through|snooped (?:on|through)|snoops (?:on|through)|monitored|monitors|monitoring|spied on|spies on|spying on|went into|goes into|hacked|hacks|hacked into|logged into|logs into|got into|gets into|accessed|accesses|broke into|tracked|tracks|tracking|tapped|recorded|records|bugged|screenshotted|went on|goes on|demanded to see|demands to see|made me show|makes me show|would grab|grabbed) (?:\w+ ){0,2}(?:my|me)(?: \w+)? ${phoneThings}\b|(?:read|reads|went through|goes through|checked|checks|searched|hacked|monitored|monitors|tracked|tracks) my ${phoneThings}\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:demanded|demands|demanding|wanted|wants|made me (?:give|share|hand over|tell|write down|unlock)|asked for|asks for|insisted on|insists on|needed|needs|forced me to (?:give|share|hand over|tell)|had|has|knew|knows|changed|changes|took|takes|guessed|stole|steals) (?:\w+ ){0,2}(?:all )?(?:of )?(?:my )?(?:passwords?|pass ?codes?|pins?|logins?|log-ins|phone codes?|the code to my phone|unlock code)\b|\b(?:had|have|needed|need|was made|made) to (?:give|share|hand over|tell|show) (?:him|her|them) (?:all |every )?(?:of )?my (?:passwords?|pass ?codes?|pins?|logins?|phone)\b|\b(?:unlock|show) my phone (?:\w+ ){0,3}(?:whenever|when|every time|any time|on demand|so (?:he|she|they) could)\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:tracking|tracker|spy|spyware|stalkerware|monitoring|location|gps|keylogger|find my (?:friends|iphone|phone|device)|life360|airtag|air tag|tile|smart ?tag|camera|cameras|hidden camera|recording device|bug) (?:app|apps|device|software|tag|tracker|sharing|program|thing)? ?(?:\w+ ){0,2}(?:on|in|under|inside|to|into|hidden in|stuck to|attached to|planted in) my (?:phone|car|bag|handbag|purse|laptop|coat|jacket|keys|kid's|kids'|account|computer|house|flat|bedroom|room)\b`,
  ),
  c(
    'monitoring',
    String.raw`${A}(?:put|puts|installed|installs|hid|hides|placed|planted|added|set up|sets up|turned on|turns on|enabled|slipped|stuck|fitted) (?:\w+ ){0,3}(?:a |an |some )?(?:tracker|tracking|airtag|air tag|gps|spyware|stalkerware|spy app|app|location sharing|camera|cameras|find my|life360|keylogger|tile|bug)\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:made|makes|forced|forces|wanted|wants|demanded|demands|insisted) (?:me )?(?:to )?(?:share|turn on|keep on|have on|leave on|install|enable) (?:my )?(?:live )?(?:location|life360|find my|tracking|gps)\b|\b(?:share|sharing|shared|turn on|kept on|leave on|left on) (?:my )?(?:live )?location (?:\w+ ){0,3}(?:all the time|at all times|24\/7|or (?:he|she|they)|so (?:he|she|they) (?:could|can|would)|with (?:him|her|them) always)\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:he|she|they|my ex|the ex) (?:\w+ )?(?:always|somehow|just|would|seemed to|seems to|always seemed to|magically|mysteriously|still) (?:know|knew|knows|find out|found out|finds out) (?:exactly )?(?:where i (?:was|am|go|went|had been|'ve been)|who i (?:was with|am with|talked to|talk to|texted|text|messaged|saw|see)|what i (?:was doing|am doing|said|say|texted|wrote|posted|bought))\b|\b(?:demanded|demands|demanding|wanted|wants|needed|needs|insisted|insists|had|has) to know (?:where i (?:was|am|go|went)|who i (?:was|am) with|who i (?:talked|talk|texted|text|messaged|message)|what i was doing|everything i did|every move)\b|\b(?:had|have|needed|need|was made) to (?:send|text|snap|facetime|show) (?:him|her|them) (?:a |my )?(?:photos?|pictures?|pics?|selfies?|videos?|location|pin|screenshots?) (?:of|to prove|showing|from|so (?:he|she|they)|whenever|every|proving)\b|\b(?:cameras?|camera|baby monitor|ring doorbell|doorbell camera|nest cam) (?:\w+ ){0,2}(?:in|around|at) (?:the|our|my) (?:house|flat|home|bedroom|room|living room|apartment)\b(?=[^.!?]*\b(?:watch|watched|watching|spy|spying|check|checking|monitor|he|she|they|me)\b)`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:call(?:ed|s|ing)?|ring(?:s|ing)?|rang|text(?:ed|s|ing)?|messag(?:ed|es|ing)|facetim(?:ed|es|ing)|phon(?:ed|es|ing)|video call(?:ed|s|ing)?) me (?:\w+ ){0,3}(?:non ?stop|constantly|every (?:hour|\d+ minutes|few minutes|ten minutes|five minutes|half hour|minute)|all day|all night|all the time|dozens of times|over and over|again and again|repeatedly|(?:\d+|fifty|forty|thirty|twenty|sixty|a hundred|hundreds of|dozens of) times)\b(?=[^.!?]*\b(?:where|who|checking|check|demand|answer|pick up|if i didn't|if i don't|or (?:he|she|they)|work|angry|furious|after i|blocked|stop|asked|told)\b)|\b(?:\d{2,}|dozens of|hundreds of|so many|loads of|tons of|fifty|forty|thirty|twenty|sixty|a hundred|over a hundred) (?:missed )?(?:calls|texts|messages|voicemails|voice notes|emails|dms) (?:\w+ ){0,4}(?:from (?:him|her|them|my ex|the ex)|in (?:a|one) (?:day|night|hour|evening|morning|afternoon)|after i (?:blocked|said|told|asked)|a day|an hour|overnight|while i was|when i (?:didn't|don't|was out))\b`,
  ),

  // Stalking and harassment after the breakup.
  c(
    'stalking',
    String.raw`\b(?:stalk(?:ed|s|ing|er|ers)?|harass(?:ed|es|ing|ment)|cyber ?stalk\w*|cyber ?bull\w*)\b(?! (?:(?:his|her|their|the|my ex's|the ex's) (?:\w+ )?(?:instagram|ig|insta|facebook|fb|profile|socials?|page|account|tiktok|twitter|new (?:girlfriend|boyfriend|partner)|snap|story|stories|linkedin|spotify|photos|pictures|posts|feed))|(?:on|through) (?:instagram|facebook|social media|his page|her page|their page))(?<!\bi (?:was |am |'m |have been |'ve been |keep |kept |have been |been )?stalk(?:ed|s|ing)?)`,
  ),
  c(
    'stalking',
    String.raw`${A}(?:turn(?:s|ed|ing)? up|show(?:s|ed|ing)? up|appear(?:s|ed|ing)?|keeps? (?:coming|turning up|showing up|appearing)|kept (?:coming|turning up|showing up|appearing)|came round|comes round|waits?|waited|waiting|was waiting|hanging around|hangs around|hung around|lurk(?:s|ed|ing)?|parks?|parked|parking|sits?|sat|sitting|drove|drives|driving|drive|walked|walks|walking|cycled|circling|circled|loitering|loitered) (?:\w+ ){0,2}(?:at|outside|near|by|past|round|around|to|in front of|across from|opposite|up and down|on) (?:my |our |the )?(?:${places})\b(?! (?:to (?:get|pick up|collect|drop off|return|bring) (?:his|her|their|the) (?:stuff|things|kids|children|keys|dog)|for (?:the|his|her|their) (?:stuff|things)|as (?:agreed|planned|arranged)|with (?:the|my|our) (?:kids|children|son|daughter))\b)`,
  ),
  c(
    'stalking',
    String.raw`\b(?:turn(?:s|ed|ing)? up|show(?:s|ed|ing)? up) (?:\w+ ){0,2}(?:at|outside) my (?:${places}) (?:\w+ ){0,3}(?:unannounced|uninvited|unexpectedly|without (?:warning|asking|telling)|at night|again|every day|constantly|all the time|after i (?:told|asked|said|blocked)|even though|out of nowhere|at (?:\d|midnight|3am|2am|1am))\b|\b(?:sitting|sat|parked|waiting|waited|standing|stood|lurking) outside (?:my|our) (?:${places})\b|\b(?:drove|drives|driving|walks|walked|walking|goes|went|going) (?:past|by|round|around) (?:my|our) (?:${places}) (?:\w+ ){0,3}(?:every|again|constantly|all the time|at night|slowly|several times|over and over|times a day|\d+ times)\b`,
  ),
  c(
    'stalking',
    String.raw`${A}(?:follow(?:ed|s|ing)?|tail(?:ed|s|ing)?|trail(?:ed|s|ing)?|watch(?:ed|es|ing)?) (?:me|my (?:house|flat|home|place|window|car|every move|movements)) (?:\w+ ){0,2}(?:home|to (?:work|my|the)|around|everywhere|in (?:his|her|their) car|from|into|out of|at (?:night|work)|when i|again|outside|through)\b|\bfollowed me (?:home|to work|around|everywhere)\b|\b(?:i'm|i am|i was|i've been|being|been|got|get) (?:\w+ )?(?:followed|watched|stalked|harassed|tracked)\b(?! (?:by (?:a|the) (?:bot|brand|ad|account|journalist|paparazzi)|on (?:instagram|twitter|tiktok|social)|back)\b)`,
  ),
  c(
    'stalking',
    String.raw`\b(?:won't|wouldn't|will not|would not|doesn't|didn't|does not|did not|refuses to|refused to|never) (?:\w+ ){0,1}(?:stop|leave me alone|leave me be|take no for an answer|accept (?:that )?(?:it's|it is|it was|we're|we are) (?:over|done)|accept the breakup|let me go|give up|back off)\b(?=[^.!?]*\b(?:call|calling|calls|text|texting|texts|messag\w*|contact\w*|following|turning up|showing up|coming round|emailing|dm\w*|harass\w*|leave me alone|turning|showing|watching|me)\b)|\bkeep(?:s|ing)? (?:\w+ ){0,1}(?:calling|texting|messaging|emailing|ringing|contacting|dming|turning up|showing up|coming round|following me|sending) (?:me )?(?:\w+ ){0,3}(?:after i|even though i|though i|when i|despite|although i|no matter|since i)\b`,
  ),
  c(
    'stalking',
    String.raw`\b(?:blocked|block|blocking) (?:him|her|them|his number|her number|their number|my ex) (?:\w+ ){0,5}(?:new|fake|different|another|other|burner|anonymous|private|unknown|withheld|new number) (?:accounts?|numbers?|profiles?|phones?|emails?|sims?|pages?)\b|\b(?:made|makes|creates|created|creating|making|keeps making|kept making|set up|sets up|opened|opens) (?:\w+ ){0,2}(?:new|fake|different|another|burner|anonymous|private|more|multiple|second|secret) (?:accounts?|profiles?|numbers?|emails?|pages?)\b(?=[^.!?]*\b(?:contact|message|text|reach|watch|see|follow|harass|after i|to get|to keep|me|blocked|stalk|view|spy)\b)|\b(?:calls|texts|messages) (?:from )?(?:unknown|withheld|private|blocked|different|new) (?:numbers?|accounts?) (?:\w+ ){0,4}(?:know|sure|it's|it is|it was) (?:him|her|them)\b`,
  ),
  c(
    'stalking',
    String.raw`${A}(?:contacted|contacts|contacting|contact|messaged|messages|messaging|message|called|calls|calling|rang|rings|emailed|emails|texted|texts|dm'?d|dms|turned up at|went to|goes to|reached out to|reaches out to|keeps contacting|kept contacting|harassed|harasses|harassing|wrote to|writes to|bombarded|bombards|spread (?:lies|rumours|rumors|stories) (?:to|about me to|among)|spreads (?:lies|rumours|rumors)|lied to|lies to|badmouthed me to|badmouths me to|told lies to|went after|goes after|got in touch with|gets in touch with|tracked down|found) (?:\w+ ){0,1}(?:my )?(?:boss|employer|manager|colleagues|coworkers|co-workers|work|workplace|landlord|new (?:partner|boyfriend|girlfriend|husband|wife)|kids' school|school|hr|clients|customers|neighbours|neighbors|church|therapist|doctor)\b|(?:contacted|contacts|contacting|messaged|messages|messaging|called|calls|calling|rang|rings|emailed|emails|texted|texts|turned up at|keeps contacting|kept contacting|harassed|harasses|harassing|bombarded|bombards|spread (?:lies|rumours|rumors) (?:to|among)|told lies to|badmouthed me to|turned up at (?:my )?(?:parents'?|mum's|mom's|sister's|friends'?)) (?:\w+ ){0,1}(?:my |all my )?(?:family|parents|mum|mom|dad|sister|brother|friends|mates|best friend|cousins?|aunt|uncle|grandparents|nan|gran|family members)\b(?=[^.!?]*\b(?:about me|asking (?:where|about|for)|where i|lies|rumours|rumors|to find|to get|to tell|to ask|to say|keep|keeps|kept|won't stop|wouldn't stop|again|constantly|all|every|even after|after i|since i|begging|demanding|threat|to turn|to make|looking for|trying to|without|late at night|at \d)\b)`,
  ),
  c(
    'stalking',
    String.raw`\b(?:leaves|left|leaving|leave|keeps leaving|kept leaving|sends|sent|sending|keeps sending|kept sending|posted|posts|delivers|delivered) (?:\w+ ){0,2}(?:things|notes|flowers|gifts|letters|stuff|presents|packages|parcels|cards|messages|dead \w+|a dead \w+) (?:\w+ ){0,2}(?:at|on|outside|to|through) my (?:door|doorstep|car|windscreen|windshield|porch|work|house|flat|letterbox|mailbox|new address|desk)\b(?=[^.!?]*\b(?:even though|after i|though i|asked (?:him|her|them) to stop|told (?:him|her|them) to stop|blocked|scared|creepy|again|every|won't stop|keeps|kept|don't know how|how (?:he|she|they) (?:found|knows|knew|got))\b)|\b(?:found|knows|knew|got|tracked down|figured out|worked out) (?:out )?my (?:new )?(?:address|new address|location|new number|number|workplace|new job)\b(?=[^.!?]*\b(?:even though|although|though|never told|didn't tell|haven't told|blocked|moved|changed|how|scared|somehow)\b)`,
  ),
  // More ways the same acts are told: plainly, minimised, or from the writer's side.
  c(
    'physical',
    `${A}(?:held|holds|holding|grabbed|grabs|grabbing|squeezed|squeezes|twisted|twists|pulled|pulls|yanked|gripped|grips|pinched|pinches|dug (?:his|her|their) (?:nails|fingers) into|put (?:his|her|their) hands? (?:on|round|around)) (?:\\w+ ){0,2}(?:me|my) (?:\\w+ ){0,2}(?:by the (?:throat|neck|hair|arm|wrist|face|jaw)|throat|neck|face|jaw|arm|arms|wrist|wrists|hair|knee|leg|shoulders?)\\b|\\b(?:twist(?:ed|s|ing)?) my arm\\b|\\b(?:spat|spit|spits) (?:in|on) my (?:face|food|hair)\\b|\\b(?:slap|slaps|shove|shoves|shoving|grabbing|hitting|punching|kicking|pushing|choking|strangling|beating|beatings|slapping) (?:was|were|happened|only happened|got worse|started)\\b|\\b(?:only|just|one|the|a) (?:slap|shove|punch|push|smack|kick)\\b(?=[^.!?]*\\b(?:he|she|they|him|her|them|worse|once|twice|years?|times|deserved|bad)\\b)|\\b(?:flinch|flinched|flinching)\\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:swerv\w*|tailgat\w*|speed(?:ing|ed)?|slammed the brakes|drove (?:like|at|too)|driving (?:like|at|too))\b(?=[^.!?]*\b(?:on purpose|to (?:scare|teach|make me|frighten|punish)|when i (?:argued|said|spoke)|make me shut up|grip|kids were|baby|with me|lesson)\b)|\b(?:drunk|drinking) and driving with (?:me|us|the (?:kids|baby))\b|\b(?:kept|keep|keeps) going (?:when|after|even though) i (?:said|kept saying|told)\b|\bi (?:kept|kept on) saying no and (?:he|she|they) (?:kept going|carried on|didn't stop|did it anyway)\b|\b(?:wasn't|isn't|not) (?:really )?rape\b|\b(?:until|till) i (?:gave in|said yes|let (?:him|her|them))\b|\b(?:going along with|went along with|just let (?:him|her|them)) (?:it|sex)\b(?=[^.!?]*\b(?:sulk|peace|angry|scared|easier|or else|didn't want)\b)`,
  ),
  c(
    'physical',
    String.raw`${A}(?:punched|punches|kicked|kicks|smashed|smashes|put (?:his|her|their) (?:fist|foot|head) through|snapped|broke|breaks|tipped|emptied|threw out|threw away|destroyed|ripped|drowned|flushed|poured) (?:\w+ ){0,3}(?:a hole in|the|my|our|every) (?:\w+ ){0,2}(?:wall|walls|door|window|windows|plate|plates|laptop|phone|glasses|fish tank|fish|things|stuff|cupboard|furniture|guitar|tv|mirror|car window)\b(?=[^.!?]*\b(?:me|my|i|scare|message|next to|while|because|cos|after i|when i|the day)\b)`,
  ),
  c(
    'threats',
    String.raw`\b(?:he'd|she'd|they'd|he would|she would|they would|he'll|she'll|they'll|he will|she will|they will|would|will) (?:\w+ ){0,2}(?:tell (?:the (?:police|court|judge|social services|kids|children|my (?:church|family|boss|work|parents)))|ring social serv\w*|call social serv\w*|report me|put my (?:address|photos|pics|details) online|run me off the road|make sure (?:i|you|they|of it)|go for (?:full )?custody|take (?:the|my|our) (?:cat|dog|kids|children) (?:to|away)|have (?:her|him|it) put down|stop taking (?:his|her|their) (?:meds|medication|pills)|see what happens)\b|\bif (?:he|she|they) can'?t have me\b|\bno one (?:else )?will (?:have|get) me\b|\b(?:sleep with one eye open|better watch (?:my|your) back|you'?ll lose everything|i'?ll lose everything|lose (?:everything|the house,? the kids))\b|\b(?:taken into care|lose (?:the|my) (?:kids|children|baby|son|daughter)|unfit (?:dad|mum|mom|mother|father|parent)|never see (?:them|the kids|my kids) again|going to prison|mummy's going to|daddy's going to)\b|\b(?:be nice|do as i say|come back|unblock (?:him|her|me)|answer)\b[^.!?]{0,20}\b(?:or (?:everyone|else|i'll|he'll|she'll)|if i (?:don't|dont))\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:screenshot\w*|saved|kept|has|had|still has|sends?|sent) (?:\w+ ){0,2}(?:my )?(?:nudes|pics of me|photos of me|pictures of me|the video|videos? of me|intimate \w+)\b|\b(?:post|share|send|leak|put) (?:\w+ ){0,2}(?:the )?(?:video|videos|photos|pics|pictures) (?:\w+ ){0,3}(?:porn|online|everyone|my (?:family|boss|work|parents|friends))\b|\b(?:take|took|taking|taken|overdos\w*|kill|hurt|harm|end it all|end (?:his|her|their) life)\b(?=[^.!?]*\b(?:if i (?:didn't|don't|dont|didnt|won't|leave|left|go|went)|i'd have to live with|my fault|unless i|to make me)\b)(?<=\b(?:he|she|they|hed|he'd|she'd|they'd|he'll|she'll|he would|she would|said|says|messaging|texting|told me|threat\w*)\b[^.!?]*)`,
    false,
  ),
  c(
    'emotional',
    String.raw`${A}(?:said|says|told me|tells me|would say|kept saying|keeps saying|used to say|would tell me|'d tell me|goes|went|insisted|screamed|shouted|yelled) (?:that )?(?:i'd|i had|i have|i've|i was|i'm|i am|my|you're|your|youre|no wonder|nobody|no one|i should|i'd never|i never|i don't|i didnt|i didn't|it never|it didnt|it didn't|it was all|i made|i'm the|i was the|i was being|i looked|i look|i always|i'll never|i could never|i deserve|i ruined|i'd ruined|i was lucky|i'm lucky|everything was|it's all|it was my)\b(?=[^.!?]*\b(?:ruined|never have married|hard to love|unlovable|lucky|nothing without|rough|ugly|fat|stupid|crazy|imagined|imagining|making (?:it|stuff|things) up|remember (?:it )?wrong|wrong about everything|attention seeking|pathetic|broken|worthless|useless|the aggressive one|the problem|my fault|fancied me|touch me|why my|deserve|embarrass\w*|disgusting|slob|freeloader|never said|didnt happen|didn't happen|never happened|overreacting|too sensitive|dramatic)\b)`,
  ),
  c(
    'emotional',
    String.raw`\b(?:i (?:know|knew) i (?:provoked|wind|wound|push|pushed|upset|annoy)|i (?:just )?need to (?:learn to )?keep my mouth shut|(?:he|she|they) only (?:gets|got) like that when i|it(?:'s| is| was) (?:always )?my fault (?:when|that|he|she|they)|years of (?:everything|it all) being my fault|everything (?:was|is) (?:always )?my fault|look what you made me do|you made me do (?:it|this|that))\b|\b(?:apologis\w*|apologiz\w*|saying sorry) (?:\w+ ){0,2}before (?:he|she|they) (?:even )?(?:gets|got|get) (?:angry|mad|upset)\b|\b(?:plan|planned|planning|change|changed|changing|watch|watched|watching|guess|guessing|guessed) (?:\w+ ){0,4}(?:around )?(?:not )?(?:setting (?:him|her|them) off|what mood (?:he|she|they)(?:'d| would| was)|(?:so|in case) (?:he|she|they) (?:wouldn't|won't|didn't) get)\b|\b(?:knot|knots|dread|panic|sick) (?:\w+ ){0,4}(?:when|whenever) i hear (?:his|her|their) (?:key|car|voice|footsteps)\b|\b(?:for years )?a buzz meant (?:he|she|they) (?:was|were) angry\b|\b(?:how tense i was|i didn't realise how (?:scared|tense|on edge))\b|\b(?:i'd|i would|i knew i'd|i'll) pay for it (?:at home|later)\b|\bnobody believes me\b(?=[^.!?]*\b(?:he|she|they|charming|switch)\b)|\b(?:switch|switched|changed)\b(?<=\b(?:charming|nice|lovely) to everyone (?:else)?\b[^.!?]*)`,
  ),
  c(
    'emotional',
    String.raw`${A}(?:wouldn't|wouldnt|won't|didn't|refused to|would refuse to|wouldn't even|would) (?:speak|talk|look at me|acknowledge me|answer me) (?:to me )?(?:\w+ ){0,2}for (?:days|a week|weeks|hours|a whole|an entire)\b|${A}(?:go|went|goes|would go) (?:cold|silent|quiet) (?:\w+ ){0,3}(?:for (?:days|a week|weeks|a whole)|whenever i|when i|if i)\b|\b(?:silent treatment|ignored me|ignore me|freeze me out|froze me out|frozen out) (?:\w+ ){0,2}for (?:\d+|two|three|four|five|six|seven|several|a few) (?:days|weeks)\b|${A}(?:pretend|pretended|pretends|would pretend) (?:\w+ )?(?:couldn't|could not|can't|didn't) (?:hear|see) me\b|${A}(?:do|did|does|would do) an impression of me\b|${A}(?:wake|woke|wakes|would wake) me (?:up )?(?:at \d|in the night|to (?:carry on|argue|shout|yell|interrogate))|${A}(?:bring|brought|brings) up my (?:miscarriage|abortion|trauma|abuse|weight|past|insecurities)\b|\bthe put-?downs\b|${A}(?:call|called|calls|would call) me (?:\w+ )?(?:soft|weak|a baby|a slob|a freeloader|frigid|boring|needy|clingy|psycho|a nag)\b`,
  ),
  c(
    'control',
    String.raw`\b(?:had|have|made|make|makes|forced|told) (?:me )?to (?:unfriend|unfollow|block|delete|cut off|stop seeing|stop talking to) (?:every|all|my|any)\b|\b(?:need|needs|needed|had to get|have to get|wait for) (?:his|her|their) (?:ok|okay|permission|approval|blessing|say-so)\b|\b(?:need|needed|used to need|had to have|have to have) permission\b|\bpermission to (?:leave|go|see|have|spend|buy|use|book|wear|eat)\b|\b(?:had|have) to be home by\b|\b(?:told off|got in trouble|punished|a row|a massive row|went mad|kicked off) (?:\w+ ){0,3}(?:for|about) (?:\w+ ){0,3}(?:popping|going|leaving|being|seeing|talking|walking|spending|buying|wearing|turning my location|not answering|without (?:telling|asking))\b|\b(?:had|have) to ask (?:before|first|him|her|them)\b|\b(?:makes|made|make) every decision\b|\b(?:my )?opinion (?:doesn't|didn't|never) (?:come into it|count|matter)\b|\b(?:not|never|wasn't|weren't) allowed (?:out|a|to|my|any)\b|\b(?:picks|picked|chooses|chose|decides|decided) which (?:of my )?friends\b|\b(?:women|wives|girlfriends) in (?:his|her|their) family don't work\b|\b(?:chose|chooses|picked|picks|decided|decides) my (?:haircut|clothes|perfume|outfits?|hair|friends|food|job|course)\b|\b(?:doesn't|didn't|don't|won't|wouldn't) like me (?:wearing|going|seeing|having|working|studying|talking|texting|dressing)\b|\b(?:dropped out|quit|gave up|left) (?:of )?(?:my )?(?:\w+ ){0,2}(?:course|job|uni|college|degree|volunteering|career|studies|work)\b(?=[^.!?]*\b(?:because (?:he|she|they)|he said|she said|they said|he kept|she kept|neglecting|didn't suit|made me|until i|his mood|her mood)\b)|\b(?:made|makes) me (?:leave|quit|give up|drop|stop) (?:my )?(?:\w+ ){0,2}(?:job|course|volunteering|work|studies|uni|college|gym|hobby|friends|band|team)\b|\b(?:wouldn't|didn't|won't) let me (?:book|make|go to|get|have) (?:\w+ ){0,2}(?:appointment|coil|pill|implant|doctor|gp|contraception)\b|${A}(?:took|binned|hid|threw away|tore up|opened|intercepted) (?:\w+ ){0,3}(?:letter|appointment|post|mail|prescription)\b`,
  ),
  c(
    'financial',
    String.raw`\b(?:has|had|kept|keeps|holds|held|took|takes) (?:\w+ ){0,1}my (?:bank card|card|cards|pin|wages|salary|pay|benefits|paycheck|passport)\b(?=[^.!?]*\b(?:manag\w*|for me|and|control|allowance|he|she|they|won't|wouldn't)\b)|\bmy (?:wages|salary|pay|paycheck|benefits|money) (?:go|goes|went|were paid|are paid) (?:straight )?(?:into|to) (?:his|her|their)\b|\b(?:checks|checked|goes through|went through|monitors) my (?:banking|bank) (?:app|account|statements)\b|\b(?:made|makes|forced|pressured|talked) me (?:\w+ ){0,1}(?:sign|take out|co-sign|be guarantor|act as guarantor)\b|\bguarantor\b|\b(?:freeze|froze|frozen) me out (?:\w+ ){0,2}(?:for (?:days|weeks)|if i|whenever i|when i)\b|\b(?:still has|has|had) access to (?:our|my|the) (?:joint )?(?:account|money|savings|bank)\b(?=[^.!?]*\b(?:moves|takes|took|spends|drains|empt\w*|whenever|without)\b)|\b(?:he|she|they) controls? (?:all of it|everything|all the money|the money)\b|\b(?:never|wasn't|not) allowed to see (?:the )?(?:bank|statements|accounts|money)\b|\b(?:couldn't|could not|can't|wasn't allowed to) work because\b|\b(?:find|found|finds) (?:it|my savings|my money|the money) and (?:spend|spent|take|took)\b|\bhide (?:cash|money) in\b|\b(?:makes|made) me ask (?:him|her|them)? ?for money\b|\b(?:cancelled|canceled|closed|froze) my (?:credit card|card|bank account|account)s? without\b|\bevery penny went to (?:him|her|them)\b|\bhad to ask for (?:bus fare|money|cash)\b|\b(?:borrowing|borrowed|'borrowing') my savings\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:put|installed|hid) something on my (?:phone|laptop|computer|car)\b|\b(?:knew|knows|know) (?:things|stuff|what) i(?:'d| had)? only (?:ever )?(?:said|told|written|typed|searched)\b|\b(?:always|somehow) knows where i(?:'ve| have)? been\b|\b(?:wants|wanted|makes|made) me (?:on|stay on|to stay on|keep) (?:facetime|a call|call|video|the phone)\b|\bkeep my phone unlocked\b|\b(?:signed|logged) into (?:his|her|their) (?:icloud|google|account|apple id)\b|\b(?:ringing and ringing|rings and rings|barrage|bombard\w*)\b(?=[^.!?]*\b(?:until i|if i|reply|answer|he|she|they|minutes|late)\b)|\b(?:posted|posts|posting) (?:from|on) my (?:facebook|instagram|account|page|twitter) pretending\b|\b(?:got|gets|hacked) into my (?:\w+ )?(?:tablet|ipad|phone|laptop|account)\b|\b(?:tracked|tracks|tracking) my (?:phone|car|location)\b|\b(?:checks|checked|watches|watched|stalks) my (?:snap ?map|location|last seen|online status|screen time|step count)\b|\bstill in my accounts\b|\bquote(?:d|s)? my (?:google )?(?:searches|messages|texts)\b|\b(?:screenshot|send) my screen ?time\b|\b(?:reading|read|reads) my (?:whatsapps?|messages|texts|dms) (?:on|through|from) (?:his|her|their)\b|\b(?:never|wasn't|not) allowed (?:a )?(?:passcode|password|lock) on my phone\b|\b(?:had|has|needed) to be able to reach me at all times\b|\b(?:made|makes) me write (?:them|my passwords) (?:down|in)\b|\breads my (?:texts|messages)\b|\bscreenshots? my (?:whatsapp|last seen|online)\b|\b(?:thirty|forty|fifty|twenty|\d{2,}) missed calls\b|\bwhy are you at\b`,
  ),
  c(
    'stalking',
    String.raw`\b(?:made|making|makes|created|creates|opened|set up) (?:\w+ ){0,2}(?:new|fake|different|another|burner|anonymous|more|multiple|second|secret) (?:\w+ )?(?:accounts?|profiles?|numbers?|emails?|pages?)\b|\b(?:flowers|gifts|presents|cards?|notes?|parcels?|letters) (?:\w+ ){0,3}(?:on|at|through|to) my (?:door|doorstep|windscreen|car|office|house|work|new (?:address|place|flat))\b(?=[^.!?]*\b(?:never (?:gave|told)|moved|again|every|no contact|blocked|how (?:he|she|they)|don't know how|dont know how|hand deliver\w*|no stamp)\b)|\b(?:everywhere i go|wherever i go|cant go anywhere|can't go anywhere) (?:\w+ ){0,6}(?:he|she|they|him|her|them|watched)\b|\b(?:happens|happened) to be there\b|\b(?:withheld|private|unknown|blocked|no caller id) numbers?\b(?=[^.!?]*\b(?:hang|hanging|hung|him|her|them|again|keeps|kept|all night|every)\b)|\b(?:saw|see|seen|noticed|spotted) (?:him|her|them|his car|her car|their car) (?:\w+ ){0,4}(?:outside|across the road from|near|at the end of|opposite) (?:my|our)\b|\b(?:keep|keeps|kept) seeing (?:his|her|their) car\b|\b(?:still )?(?:messages|messaged|messaging|texts|texted|contacts|contacted|asks|asked|asking) (?:\w+ ){0,2}(?:my )?(?:friends|mates|family|brother|sister|mum|mom|dad|cousins?|colleagues|whole family|nan|taxi driver|neighbours?|neighbors?) (?:\w+ ){0,3}(?:asking|about me|where|who i|how i|what i|to talk|to tell|if i|whether i|even)\b|\b(?:messaged|messages|messaging|contacted|contacts|added|followed) (?:every one|each|all|every single one) of my (?:colleagues|coworkers|friends|family)\b|\b(?:turned|turns|turning) up at my (?:\w+ ){0,2}(?:party|engagement|work|office|house|flat|mum's|mums|mom's|parents|gym|job|school)\b|\b(?:came|comes|turned up|showed up) to my new (?:job|work|place|flat|house)\b|\b(?:outside|at) my (?:house|flat|door|work|place) again\b|\b(?:changed|change) my (?:number|phone number|address|route)\b(?=[^.!?]*\b(?:he|she|they|somehow|still|again|new one|found)\b)|\b(?:block(?:ed)?|blocking) (?:his|her|their) (?:\w+ )?(?:number|email|account),? (?:\w+ ){0,2}(?:switched|started|moved|went) (?:to|writing|emailing|calling)\b|\b(?:viewed|views|watching|watches) (?:it|my stor\w+) from (?:a )?new account\b|\btexting me photos of my (?:own )?(?:front door|house|car|street|work)\b|\b(?:moved|moves) (?:into a (?:flat|house) )?(?:two|three|a few|\d+) (?:streets|doors|minutes) (?:away )?from me\b|\b(?:letting|let) my tyres down\b|\b(?:going|went|goes) through my (?:bins|recycling|rubbish|trash|post|mail)\b|\b(?:takeaway|orders|deliveries|packages) (?:\w+ ){0,3}i never (?:placed|ordered|made)\b|\breported me to the police (?:\w+ ){0,4}(?:times|for things|again)\b|\b(?:commented|comments) on (?:the|what|my) (?:top|clothes|outfit|dress|hair) i (?:had on|was wearing|wore)\b|\b(?:voicemails|messages|texts) (?:\w+ ){0,3}(?:begging|pleading) (?:\w+ ){0,6}(?:screaming|shouting|threatening|abuse)\b|\b(?:accidentally|'accidentally'|coincidentally) (?:\w+ ){0,1}(?:bumping|bumps|running|runs|turning|turns) (?:into|up)\b|\bsits at the next table\b|\b(?:match|matched|connect|request|added) (?:\w+ ){0,3}(?:turned out to be|was actually|it was) (?:him|her|them)\b|\bfake (?:dating )?profile\b`,
  ),

  c(
    'control',
    String.raw`${A}(?:controlled|controls|controlling|dominated|dominates|owned|owns|isolated|isolates|manipulated|manipulates) me\b|\b(?:kept|keeps|keeping|stopped|stops|stopping|prevented|prevents) me from (?:seeing|leaving|going|talking|visiting|working|having|getting|calling|contacting|spending|my)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:leave|left) me with nothing\b|\b(?:take|taking|took) everything (?:from me|i have|i own)\b|\b(?:ruin|destroy) (?:me|my (?:life|career|reputation))\b`,
  ),
  // Round two, from the dev additions: the same families in more of the ways people tell them.
  c(
    'control',
    String.raw`\b(?:have|had|has|need|needed|got) to (?:send|text|message|ask|get|check in|show|tell|call|ring|keep|facetime)\b[^.!?]{0,50}\b(?:every (?:hour|\d+ minutes|time)|in advance|the okay|the ok|permission|approval|first|before i|so (?:he|she|they) (?:knows|can|could)|where i (?:am|was)|who i)\b|\b(?:i'm|i am|i was|i get|i got) (?:told (?:when|where|who|what) i (?:can|could|may)|let out|only allowed)\b|\b(?:wants|wanted|demands|demanded|expects|expected|makes me send|made me send) (?:me to send )?(?:a )?(?:photo|picture|pic|selfie|video|proof) (?:every|each|whenever|to prove)\b|\b(?:get|got|to get) the (?:okay|ok|go-ahead|all clear) (?:from (?:him|her|them)|first)\b|\bwithout (?:messaging|asking|telling|texting|checking with) (?:him|her|them)(?: first)?\b(?<=\b(?:can't|cannot|cant|couldn't|not allowed|never)\b[^.!?]*)|\b(?:tells|told|decides|decided) me who i (?:can|could|may|am allowed to) (?:follow|see|talk|text|message|be friends|hang)\b|\bmakes? me (?:unfollow|unfriend|block|delete)\b|\bbefore (?:he|she|they)(?:'d| would) let me (?:leave|go|out)\b|\b(?:has|had|keeps|kept) the only (?:key|keys|car key)\b|\b(?:made|makes|forced|forces) me (?:stop|give up|quit|drop) (?:going|seeing|doing|my|working|studying)\b|\bhad to give up my (?:\w+ ){0,2}(?:classes|job|course|friends|hobby|gym|band|team|volunteering)\b[^.!?]{0,30}\bbecause (?:he|she|they)\b|\bleave me if i (?:didn't|don't|dont|didnt) get pregnant\b|\b(?:pregnant|a baby)\b[^.!?]{0,40}\b(?:or (?:he|she|they)(?:'d| would| will)|like a deadline|leave me if|unless i)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:i never said that|that (?:never|didn't|didnt) happen\w*|you'?re imagining (?:it|things)|you'?re making (?:it|stuff|things) up|you remember (?:it )?wrong|you'?re (?:crazy|mental|insane|paranoid|too sensitive|overreacting|unstable|the problem|being dramatic))\b|\b(?:says?|said|flips \w+ so|makes out|according to (?:him|her|them)|told (?:everyone|people|me))\b[^.!?]{0,30}\bi(?:'m| am| was) the (?:aggressive|abusive|crazy|jealous|controlling|problem|unstable|difficult|reason)\b|\b(?:didn't|doesn't|wouldn't|won't|stops?|stopped) (?:speak|speaking|talk|talking|say a word|speak one word|speak a word|saying a word) to me (?:for|until|till|if|unless|when)\b|\b(?:until|till) i (?:begged|apologised|apologized|said sorry|gave in)\b|\b(?:depending on|arranged around|around|predicting|predict|guess|guessing) (?:his|her|their) (?:mood|moods|temper|reactions?)\b|\bthe reaction (?:isn't|is not|wasn't|was not|isnt) worth it\b|\bnever know which (?:version|him|her|mood)\b|\b(?:calls|called|calling|call) me (?:a |an )?['"]\w+|\btells? (?:people|everyone|my friends|his friends|her friends) (?:that )?i(?:'m| am| was) ['"]?(?:a bit |so |too )?(?:slow|stupid|crazy|mental|unstable|fat|lazy|useless|frigid|a mess|dramatic|psycho)\b|\b(?:said|told|says|tells)\b[^.!?]{0,30}\bmy (?:mum|mom|sister|brother|friends|family|dad) (?:thinks?|thought|said|says) i(?:'m| am| was) (?:unstable|crazy|mental|a mess|too much|difficult|mad)\b|\b(?:got|get|getting) (?:shouted|yelled|screamed|sworn) at (?:for|because|if|when|whenever)\b|\b(?:my )?(?:duty|job) as (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend)\b|\b(?:have|had) sex (?:with (?:him|her|them) )?(?:to keep|so (?:he|she|they)|or (?:he|she|they)|because (?:he|she|they) (?:would|will|'d|gets|got))\b|\bif i (?:said|say) no\b[^.!?]{0,60}\b(?:give in|gave in)\b`,
  ),
  c(
    'physical',
    String.raw`\b(?:my|the|our) (?:${pets})\b[^.!?]{0,40}\b(?:out of the (?:upstairs )?window|would be dead|be dead before|reversed over|ran over|kicked|thrown|drowned|put down|by (?:her|his|its) scruff|awful noise)\b|\b(?:held|dangled|reversed over|ran over|threw|kicked) (?:my|the|our) (?:${pets})\b|\b(?:stands?|stood|standing) in (?:the|my) (?:doorway|door|way)\b|\b(?:back|backed|backs|pinned|pins|trapped|traps) me (?:into|in|against) (?:the|a) (?:corner|wall|room)\b|\b(?:scream|screamed|screams|shout|shouted|yell|yelled) (?:\w+ ){0,2}(?:an inch|inches|centimetres|centimeters) from my face\b|\bthrows? (?:whatever|things|stuff|anything|everything)\b[^.!?]{0,30}\b(?:closest|loses it|angry|at me|when)\b|\b(?:told|made) me (?:to )?get out (?:of the car )?(?:\w+ ){0,3}(?:miles from|in the middle of|on the (?:motorway|hard shoulder|side of the road))\b|\bfloored it\b|\bswerving (?:in and out|all over)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:tell|told|say|said) (?:them|the police|everyone|the court|people|immigration|social services) (?:that )?i (?:was|had|'d|'m|am|married) (?:the one )?(?:hitting|abusing|hit|abused|violent|unfit|crazy|neglect\w*|the abuser|the aggressive one|for the papers)\b|\b(?:go|went) to the police and say\b|\bstill (?:got|has|have) (?:them|those|the (?:pics|photos|pictures|videos|nudes))\b|\bdangl\w* (?:\w+ ){0,8}over me\b|\bhanging (?:it|that|this) over (?:me|my head)\b|\b(?:he|she|they)(?:'d|'ll| would| will| said he'd| said she'd) (?:jump|end it|kill (?:himself|herself|themselves)|overdose|hurt (?:himself|herself))\b[^.!?]{0,40}\b(?:unless|if i|so i)\b|\bunless i (?:promised|came back|take (?:him|her|them) back|stayed|stay)\b|\b(?:tell|told) (?:your|my) (?:mum|mom|dad|parents|family|boss) (?:you're|i'm|i am|you are) (?:trans|gay|bi|lesbian|pregnant)\b`,
  ),
  c(
    'financial',
    String.raw`\b(?:keep|kept|show|bring|hand) (?:him |her |them )?(?:every|all the|the) receipts?\b|\b(?:exact change|the change) and the receipt\b|\b(?:show|shows|showed) (?:him|her|them) my (?:banking|bank) (?:app|account|statements?)\b|\bmy (?:bank )?card (?:lived|lives|stayed|stays|is|was) in (?:his|her|their) (?:wallet|purse|pocket)\b|\b(?:decided|decides|decide) how i (?:spent|spend) (?:\w+ ){0,3}(?:salary|wages|money|pay|pound|penny)\b|\bi don't get paid\b|\bday my (?:benefits|wages|pay|salary) (?:go|goes|come|comes) in\b|\b(?:bills|debts|loans|contracts) (?:are|were) (?:all )?in my name\b[^.!?]{0,40}\b(?:doesn't|doesnt|never|won't|refuses)\b|\bmy money (?:was|became|is) ['"]?our money\b|\bonly ever meant mine\b|\brefused to pay (?:a penny|anything)\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:seem(?:s|ed)? to|somehow|always|already) (?:know|knew|knows)\b[^.!?]{0,30}\b(?:where i|who i|what i|things i|everything i)\b|\b(?:things|stuff) i only (?:ever )?(?:typed|searched|wrote|said)\b|\b(?:typed|searched) into (?:a|the|my) search bar\b|\b(?:turn|turned|turning|switch|switched) (?:off|on) (?:my )?location\b[^.!?]{0,60}\b(?:rings|calls|texts|angry|mad|furious|guilt|why|row|accus\w*)\b|\blocation sharing\b[^.!?]{0,40}\b(?:guilt|never|always|has to|have to|must|won't let|wont let|for your safety)\b|\bif i (?:don't|dont|do not|didn't|didnt) (?:reply|answer|text back|pick up)\b[^.!?]{0,40}\b(?:threatens|threatened|drives|drove|comes round|turns up|rings|calls|goes mad|loses it)\b|\b(?:ring doorbell|doorbell (?:camera|speaker)|alexa|smart (?:bulbs|lights|speaker|doorbell|lock)|router|sat nav|satnav)\b[^.!?]{0,60}\b(?:he|she|they|his|her|their|repeated|knew|spoke|notification|logins|goes through|switching|turned on)\b|\bsettings changed\b|\b(?:borrowing|borrows|borrowed|takes|took) my phone\b[^.!?]{0,40}\b(?:settings|changed|app|installed)\b|\bto check (?:where|who|what) i\b`,
  ),
  c(
    'stalking',
    String.raw`\b(?:new|another|fake|different) (?:friend request|account|number|profile|twitter|insta|tiktok|email)\b[^.!?]{0,50}\b(?:him|her|them|block\w*|again|every|same|fourth|third|within)\b|\b(?:since|after|even though) i blocked (?:him|her|them)\b|\b(?:got|gets|getting|sent|sends) (?:his|her|their) (?:mates|friends|sister|brother|mum|mom|family|best mate|best friend) to (?:message|text|contact|call|talk to|check on) me\b|\bthen (?:his|her|their) (?:sister|mum|mom|brother|dad|best mate|best friend|mates)\b|\bthrough the comments on my\b|\b(?:happens|happened) to be (?:at|outside|near|in)\b|\b(?:turn(?:s|ed)? up|show(?:s|ed)? up) (?:\w+ ){0,3}(?:knowing i'?ll be|where i'?ll be|when i'?m)\b|\bturned up there to\b|\bfollowed (?:us|me) in (?:his|her|their) car\b|\b(?:notes|post-its?|post-it notes|letters|flowers) on my (?:car|door|windscreen)\b|\bkeeps? (?:turning up|showing up) at (?:events|places|parties|things)\b|\b(?:said|say|told (?:him|her|them)) no (?:like )?(?:\w+ )?(?:ten|twenty|\d+|a hundred|so many) times\b|\b(?:voicemails|calls|texts) at (?:\d+ ?am|midnight|night)\b[^.!?]{0,40}\b(?:done|over|split|broke up|since)\b|\b(?:logging|logged|logs) into (?:our|my) (?:old )?(?:netflix|spotify|account|email|amazon|icloud)\b|\b(?:emails?|messages|posts) (?:\w+ ){0,2}from my account that i (?:never|didn't)\b|\bmy passwords? (?:keep|keeps|kept) (?:not working|changing)\b`,
  ),
  // Round three, from the third dev additions.
  c(
    'emotional',
    String.raw`\b(?:acting like i'?m invisible|ignored me for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven) days|learn my lesson|goes silent|went silent)\b|\b(?:hid|hide|hiding) when (?:he|she|they) (?:screamed|shouted|yelled|got angry|came home|started)\b|\bthe names (?:he|she|they) calls? me\b|\byou'?re a (?:bitch|slut|whore|cunt|loser|idiot|psycho|waste)\b|\bhow much (?:he|she|they) hated me\b|\b(?:too emotional|too sensitive|overreacting)['"]? ended\b|\bi was the crazy one\b|\bwore me down\b|\b(?:digs|put-downs|putdowns) (?:always )?came with\b|\bsweet, then cruel\b|\b(?:laughed|laughs) at me for (?:crying|cryng)\b`,
  ),
  c(
    'control',
    String.raw`\b(?:who i'?m (?:trying to impress|dressing for|dressed up for)|looking for attention|for some other man|for another man|provocative)\b|\b(?:needed|needs|need) (?:his|her|their) (?:yes|ok|okay|say so|permission|approval)\b|\bi ask before i (?:eat|buy|go|spend|leave|sleep)\b|\b(?:without checking|without asking)\b[^.!?]{0,40}\b(?:hear about it|for days|row|trouble|go mad)\b|\b(?:cross|angry|mad|furious|kicked off|went mad|lost it) if i (?:was|got|came) (?:even )?(?:\w+ ){0,4}lat(?:e|er)\b|\bbad influence\b|\b(?:pick|choose|chose|picked) (?:him|her|them) over my (?:family|friends|mum|mom|sister)\b|\beveryone i (?:see|socialise with|socialize with|know) is (?:his|her|their) friend\b|\b(?:made|makes) me (?:drop out|clear (?:it|out)|quit|give up|move away|cut off|delete)\b|\b(?:decided|decides) i'?d get pregnant\b|\bpull(?:ing)? out\b[^.!?]{0,60}\b(?:didn't|did not|refused)\b|\brunning (?:evrything|everything)\b|\b(?:his|her|their) rules\b|\bdo exactly what (?:he|she|they) (?:said|says|wanted|wants)\b|\b(?:didn't|didnt|did not) want me going (?:alone|out|without)\b`,
  ),
  c(
    'control',
    String.raw`${A}(?:decides|decided|decide) (?:when|what|where|who|if|whether|i'?d|i would|how)\b`,
  ),
  c(
    'physical',
    String.raw`\bthrew (?:\w+ ){0,3}at me\b|\bpushed me (?:a couple of|a few|several|two|three) times\b|\b(?:a few|only a few|couple of) (?:pushes|shoves|slaps)\b|\bthe bruises\b|\bthrew (?:things|stuff) at (?:me|the (?:kids|children)|my)\b|\b(?:hit|hits|punched|kicked|pushed) me (?:while|when) i was pregnant\b|\bturned on me\b|\bafter i said (?:no|not tonight|stop)\b|\bsex\b[^.!?]{0,40}\b(?:prove|owe|my duty|again and again|wouldn't stop|kept asking|raised it)\b|\bcouples don'?t need to ask\b|\bscared to get in (?:his|her|their) car\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:everyone|people) will see my (?:pictures|photos|pics|videos)\b|\b(?:i'?ll|i will|i'd) be deported\b|\bleave and you(?:'ll)? lose\b|\btalking about killing (?:himself|herself|themselves)\b|\bpointed (?:\w+ ){0,3}(?:gun|knife)\b|\bthe threats started\b`,
  ),
  c(
    'financial',
    String.raw`\btakes? my (?:wages|salary|pay|money|benefits)\b|\bmakes? me work\b|\bpocket money at\b|\b(?:took|take) out a loan for (?:his|her|their|him)\b|\bso (?:he|she|they) (?:can'?t|cant|won'?t) see\b|\bmy savings (?:always )?got spent\b`,
  ),
  c(
    'monitoring',
    String.raw`\b(?:could|can|was) read(?:ing)? (?:every|everything|all)\b|\breading (?:everything|everthing|every) i\b|\bto prove i was\b|\bvideo call (?:him|her|them)\b[^.!?]{0,40}\bprove\b`,
  ),
  c(
    'stalking',
    String.raw`\btracks? down (?:every|my)\b|\bfound my new (?:address|number|flat|place|email)\b|\bfollowed (?:me|us) (?:down|up|along|around|home|to)\b|\bkeeps? showing up\b|\bkeep a log\b|\bplease leave me alone\b|\b(?:told|tells) them (?:his|her|their) version\b|\bbefriended (?:half )?my (?:staff|colleagues|friends|coworkers)\b`,
  ),
  // The published warning signs, in the plain words of the lists people read them in.
  c(
    'emotional',
    String.raw`\b(?:i|you) (?:never|can't|couldn't|don't|didn't) (?:do|did|does|get|got) anything right\b|\bjealous of (?:my (?:friends|family|mates|colleagues|coworkers|job|time)|the time i|every(?:one|body) i|any(?:one|body) i)\b|\bin (?:ways|a way) that (?:scared|scares|frightened|frightens|terrified|terrifies|intimidated|intimidates) me\b|\b(?:look|looks|looked|stare|stared|stares) at me (?:like|in a way)\b[^.!?]{0,30}\b(?:scared|scares|frightened|terrified|afraid)\b|\b(?:made|makes) me feel (?:like )?i (?:couldn't|can't|could not|cannot) (?:do anything|cope|survive|manage|live) without (?:him|her|them)\b|\b(?:angry|mad|furious|rage|raging|explodes?|exploded|snaps?|snapped)\b[^.!?]{0,40}\b(?:scares|scared|frightens|frightened|terrifies|terrified) me\b|\b(?:he|she|they|his|her|their)\b[^.!?]{0,60}\b(?:it |that |which )?(?:scares|frightens|terrifies) me\b`,
  ),
  c(
    'control',
    String.raw`\bdiscourag\w* me from\b|\b(?:stopped|stops|prevented|prevents|wouldn't let|never let|didn't let|won't let|doesn't let) me (?:from )?mak(?:e|ing) (?:my own |any )?decisions?\b|\b(?:can't|couldn't|not allowed to|never allowed to|wasn't allowed to) make (?:my own|any) decisions?\b`,
  ),
  c(
    'financial',
    String.raw`\b(?:controlled|controls|counted|counts|tracked|tracks|checked|checks|monitored|monitors|questioned|questions) every (?:penny|pound|dollar|cent|purchase|thing i (?:bought|spent))\b|\b(?:refused|refuses|wouldn't|won't) (?:to )?give me (?:any )?money\b`,
  ),
  c(
    'control',
    String.raw`\btreat(?:ed|s|ing)? me like (?:a |his |her |their )?(?:servant|slave|maid|child|kid|idiot|dirt|property|possession|dog)\b|\bma(?:de|kes|king) all the (?:big |important |real )?decisions\b|\b(?:master|king|boss|head) of the (?:house|castle|home|household)\b|\b(?:jealousy|jealous) to (?:justify|excuse)\b|\buses? (?:the )?(?:visits|visitation|contact|handovers|pick-ups|custody)\b[^.!?]{0,30}\bto (?:harass|control|get at|threaten|hurt|follow)\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:the abuse|the violence|what (?:he|she|they) did|the hitting) (?:never|didn't) happen\w*\b|\bmaking a big deal (?:out )?of nothing\b|\b(?:said|says|told me|tells me) i (?:caused|started|provoked) (?:it|this|that|the (?:fight|row|argument))\b|\bma(?:de|kes) light of (?:it|what|the)\b|\b(?:used|uses|using|did it|does it|did that|does that|on purpose)\b[^.!?]{0,40}\bto (?:scare|frighten|intimidate|terrify|punish|silence|control|humiliate|hurt) me\b|\bmind games\b|\btwists? everything i say\b|\bma(?:de|kes) me feel guilty (?:all the time|constantly|for everything|about the (?:kids|children)|for seeing)\b|\b(?:apologises|apologizes|apologised|apologized|says sorry|said sorry) after (?:he|she|they) (?:hurts|hurt|hits|hit|pushes|pushed)\b|\bpromises it won't happen again\b`,
  ),
  c('physical', String.raw`\b(?:smashed|broke|threw|punched|kicked)\b[^.!?]{0,40}\bin front of me\b`),
  c(
    'threats',
    String.raw`\b(?:gun|guns|knife|knives|weapon|weapons|rifle|shotgun|machete|bat)\b[^.!?]{0,30}\b(?:where i (?:could|can|would) see (?:it|them)|in front of me|on display)\b`,
  ),
  c('physical', String.raw`\bbeat (?:me|us) up\b|\bbeaten up by\b`),
  c(
    'emotional',
    String.raw`\b(?:told|tells|said|says|insisted|insists|swore) me (?:that )?(?:it|that|this) (?:never|didn't) (?:happened|happen)\b`,
  ),
  c(
    'stalking',
    String.raw`\bfound out where i (?:live|work|am|moved|go)\b|\b(?:shows?|turns?|showed|turned) up (?:wherever|everywhere|anywhere) i (?:go|am|went)\b|\b(?:calls?|rings?|texts?|messages?) me (?:\w+ ){0,3}(?:times a day|times a night|times an hour)\b`,
  ),

  // Round four: the published warning signs told with looser syntax than the concepts above (the
  // act named by its strongest words, the subject often implied, the order free).
  c(
    'physical',
    String.raw`\b(?:came|comes|went|goes|lunged|ran|rushed|charged) (?:at|for|after) (?:me|us) (?:with|holding) (?:a |the |his |her |their )?(?:\w+ )?${weapon}\b|\b(?:swung|swings|swinging|aimed|aims|pointed|points|waved|waves|brandished|raised|lifted) (?:a |the |his |her |their )?(?:\w+ )?${weapon} (?:\w+ ){0,2}(?:at|toward|towards|in) (?:me|my|us)\b|\b(?:pulled|pulls|whipped|got|took|brought) (?:out )?(?:a |the |his |her |their )(?:\w+ )?(?:gun|pistol|rifle|shotgun|knife|machete|blade)\b(?: out)?(?=[^.!?]*\b(?:argument|row|fight|angry|rage|mid|me|us|drive|car)\b)|\b(?:keeps?|kept|sleeps with|leaves|left) (?:a |the |his |her |their )(?:\w+ )?${weapon}\b[^.!?]{0,60}\b(?:made (?:\w+ )?sure i (?:knew|saw|noticed)|so i (?:would|could|'d) (?:see|know)|wanted me to (?:see|know)|to (?:scare|remind|warn) me)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:nobody|no one|no-one|they|the police) (?:would|will|'d|'ll|wouldn't|won't) (?:ever )?find (?:my|your) body\b|\b(?:i'll|i will|gonna|going to) end you\b|\bend you and (?:then )?(?:me|myself)\b|\bburn (?:the|your|my|our) (?:house|flat|car|place|home) down\b|\bpetrol (?:can|through (?:the|my|your) (?:door|letterbox))\b(?=[^.!?]*\b(?:he|she|his|her|their|ex|threat\w*|text\w*|said|says)\b)`,
  ),
  c(
    'physical',
    String.raw`${A}(?:booted|boots|booting|stamped on|stamps on|stepped on|stood on|squashed|drowned|dumped|took it out on|takes it out on|taking it out on) (?:my|our|the) (?:\w+ )?(?:${pets})\b|\b(?:takes?|took|taking) it out on (?:my|our|the) (?:${pets}|${kids})\b`,
  ),
  c(
    'emotional',
    String.raw`\b(?:being|been|get|gets|getting|got|was|am|i'm) called (?:a |an )?(?:${names}|slag|skank|tramp|slapper|minger|munter|nobody|nothing)\b|\b(?:no one|nobody|noone|no-one) (?:else )?(?:would|will|could) (?:ever )?(?:want|love|touch|have|put up with|fancy|look at|date|marry) (?:u|you)\b|\bmade me (?:kneel|beg|grovel|crawl|strip|say sorry|apologi[sz]e) (?:\w+ ){0,3}(?:in front of|infront of|on my knees|while|for)\b|\b(?:posted|posts|shared|shares|told everyone|announced|put) (?:\w+ ){0,2}my (?:weight|size|diary|secrets|medical|mental health|body count)\b[^.!?]{0,40}\b(?:joke|group chat|facebook|everyone|family|online|laugh)`,
  ),
  c(
    'emotional',
    String.raw`\b(?:never happened|didn't happen|did not happen)\b(?<=\b(?:swears|swore|insists|insisted|says|said|claims|claimed|tells me|told me|adamant|acts like|acted like|pretends|pretended|reckons)\b[^.!?]{0,40})|\bi (?:must have |must've )?(?:dreamt|dreamed|imagined|made) (?:it|that|the whole thing|it all)(?: up)?\b(?<=\b(?:says|said|tells|told|insists|insisted|swears|swore|reckons|claims|claimed|makes out|made out|adamant)\b[^.!?]{0,50})|\b(?:i|i'm|im) (?:just )?(?:imagine|imagining|imagined) things\b|\bremember(?:ing)? (?:it |things |everything )?wrong\b(?<=\b(?:says|said|tells|told|insists|insisted|adamant|reckons|claims|swears)\b[^.!?]{0,40})|\b(?:told|tells|telling) (?:my|the|our) (?:counsellor|counselor|therapist|doctor|gp|family|friends|mum|mom|parents) (?:that )?i(?:'m| am)? (?:crazy|mad|mental|unstable|imagine|making|lying|delusional|paranoid|bipolar|a liar)`,
  ),
  c(
    'emotional',
    String.raw`\b(?:black eye|bruises?|slap|hiding|beating|split lip|punch|the hitting|the violence)\b[^.!?]{0,40}\b(?:my (?:own )?fault|i deserved|i asked for it|i had it coming|deserved it)\b|\bi deserved (?:the|a|that|every) (?:hiding|slap|beating|smack|hit|punch|black eye|bruise)\b|\b(?:apparently|he says|she says|he said|she said|he reckons|she reckons|he thinks|she thinks) (?:\w+ ){0,3}(?:i deserved (?:it|the|a|that)|my (?:own )?fault (?:for|that (?:he|she|they))|i asked for it|i made (?:him|her|them) (?:do|hit|lose))\b`,
  ),
  c(
    'control',
    String.raw`\b(?:made|makes|making|forced|forces|forcing|got) me (?:to )?(?:unfriend|unfollow|block|delete|cut off|stop seeing|stop talking to|drop|ditch) (?:\w+ ){0,2}(?:every|all|my|everyone|everybody|friends|family|mates)\b|\b(?:list of|only|the) (?:people|person|ones|friends) i(?:'m| am)? (?:allowed|permitted) to (?:see|talk to|text|meet|visit|speak to)\b|\b(?:allowed|permitted) to (?:see|talk to|visit|meet|text|call|speak to) (?:is |are )?(?:\w+ ){0,3}(?:his|her|their) (?:mum|mom|family|brother|sister|friends|mates)\b`,
  ),
  c(
    'control',
    String.raw`\b(?:explain|account for|justify|report) (?:\w+ ){0,2}(?:where|what|how) (?:every|each) (?:minute|hour|penny|pound|dollar|cent|second) (?:went|goes|was spent|i spent)\b|\b(?:every|each) (?:single )?(?:minute|penny|pound|dollar|receipt|coffee|purchase|transaction)\b[^.!?]{0,40}\b(?:quiz\w*|interrogat\w*|grill\w*)\b|\b(?:quiz\w*|interrogat\w*|grill\w*) me (?:about|over|on) (?:every|each|what i|where i|who i|how much)\b|\b(?:send|sent|sends|sending) (?:him|her|them) (?:a )?(?:pic|photo|picture|selfie|location|video|screenshot)s? (?:\w+ ){0,4}(?:every (?:hour|half hour|30 min\w*|few (?:hours|minutes))|on the hour|to prove)\b|\bcheck(?:s|ed|ing)? (?:the )?(?:mileage|odometer|receipts|my receipts|my bank statements)\b|\bwith proof\b(?<=\b(?:explain|account|prove|justify|where)\b[^.!?]{0,60})`,
  ),
  c(
    'financial',
    String.raw`\b(?:takes|took|taking|keeps|kept|has|gets|controls) (?:all of |all |the whole of |my whole |my entire |every penny of )?(?:my )?(?:wage|wages|salary|pay|paycheck|paycheque|benefits|earnings|income)\b[^.!?]{0,40}\b(?:gives me|hands me|leaves me|allows me|lets me have|lets me keep|pocket money)\b|\b(?:gives|gave|hands|handed|allows|allowed|allots) me (?:£|\$|€)?\d+\s*(?:quid |pounds |dollars |euros )?(?:a|per|every) (?:week|day|month)\b|\b(?:put|puts|putting|kept|keeps|keeping) me on (?:a|an) (?:\w+ ){0,4}(?:budget|allowance)\b|\b(?:exact|every bit of the) change back\b|\bhands me (?:cash|money)\b[^.!?]{0,60}\b(?:receipt|change back)\b`,
  ),
  c(
    'financial',
    String.raw`\bmy (?:passport|birth certificate|visa|documents|papers|car keys|house keys|bank cards?|debit card|credit card|purse|wallet)\b[^.!?]{0,40}\b(?:locked (?:in|away|up)|in (?:his|her|their) (?:safe|drawer|car|pocket)|won't give (?:me )?(?:it|them|the code)|wont give|confiscat\w*|keeps? (?:them|it) from me)\b|\bmy (?:passport|car keys|keys|house keys|bank cards?|debit card|credit card|purse|wallet|phone)\b[^.!?]{0,30}\b(?:vanish\w*|disappear\w*|goes missing|go missing|went missing)\b(?=[^.!?]*\b(?:whenever|every time|when i|if i)\b)|\b(?:took|takes|taking|hid|hides|hiding) (?:both |all |the |my )(?:sets of )?(?:keys|car keys|house keys|bank cards?|debit card)\b(?=[^.!?]*\b(?:work|with (?:him|her|them)|locked|couldn't|can't|so i)\b)`,
  ),
  c(
    'financial',
    String.raw`\b(?:loans?|debts?|credit cards?|catalogue|catalog|accounts?|overdraft|phone contracts?|finance|store card|payday loan)\b[^.!?]{0,30}\b(?:in my name|with my details|using my (?:name|details|identity))\b(?<!\bi (?:took|take|opened|open|applied|apply|got|get)\b[^.!?]{0,50})|\bdebt collectors?\b(?=[^.!?]*\b(?:his|her|their|he|she|my name|me now|ex)\b)`,
  ),
  c(
    'financial',
    String.raw`\b(?:hid|hides|hiding|took|ruined|stole|cut up|threw away|binned) my (?:uniform|work (?:clothes|bag|laptop|phone|pass|badge)|badge|lanyard)\b|\b(?:rang|called|phoned|rings|calls|phones|emailed|texted) (?:in )?sick for me\b`,
  ),
  c(
    'monitoring',
    String.raw`${A}(?:has|had|got|knows|knew|demanded|demands|wants|wanted|took|takes|made me (?:give|hand over|tell)(?: (?:him|her|them))?) (?:all )?(?:of )?my (?:\w+ ){0,2}(?:passwords?|passcodes?|logins?|pin|pins|icloud|apple id)\b|\b(?:sees|reads|can see|can read|gets|checks) (?:every|all) (?:\w+ )?(?:message|messages|text|texts|email|emails|dm|dms|search|searches)\b(?<=\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend|he's|she's)\b[^.!?]{0,60})|\b(?:life360|find my (?:iphone|friends|phone)|location sharing|tracking app|tracker|airtag|air tag|spyware|stalkerware|mspy)\b(?=[^.!?]*\b(?:mandatory|make me|made me|makes me|insists|insisted|demands|demanded|won't let me|found|hidden|hid|planted|drops)\b)`,
  ),
  c(
    'stalking',
    String.raw`${A}(?:followed|follows|following|trailed|trails|tailed|tails) me (?:\w+ ){0,3}(?:round|around|through|into|to|home|from|out of|down|up|along|everywhere)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:holding|holds|held|hold|using|uses|used) (?:them|it|those|the (?:pics|photos|pictures|videos)) (?:over (?:my head|me)|against me)\b(?<=\b(?:pics|photos|pictures|videos|nudes|images|private)\b[^.!?]{0,80})|\b(?:private|intimate|naked|nude|explicit|sexy) (?:photos?|pics?|pictures?|videos?|images?)\b[^.!?]{0,60}\b(?:imagine if|what if|if (?:ur|your|my) (?:boss|mum|mom|dad|family|kids|work)|(?:boss|mum|mom|family|work|colleagues|everyone) (?:saw|sees|see)|unless|or else)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:take|taking|took) (?:our|my|the) (?:son|daughter|kids|children|child|baby|boy|girl)\b[^.!?]{0,40}\b(?:to (?:\w+ ){0,2}(?:country|abroad|overseas)|and (?:i'll|i will|you'll|you will|i'd|you'd) never|where (?:he|she|they) (?:is|are))\b|\b(?:full|sole) custody\b(?=[^.!?]*\b(?:you'll|you will|you'd|never|nothing|threat\w*|if you|unless|every argument|ends with)\b)`,
  ),
  c(
    'control',
    String.raw`\b(?:stopped|stops|quit|came off|comes off|coming off) (?:taking )?(?:the pill|her pill|birth control|contraception|her contraceptive|her implant)\b[^.!?]{0,60}\b(?:without telling me|behind my back|to trap me|so i (?:can't|cant|couldn't|could never) leave|never leave)\b|\b(?:without telling me|behind my back)\b[^.!?]{0,40}\b(?:the pill|birth control|contraception|condoms?)\b`,
  ),
  c(
    'threats',
    String.raw`\b(?:come back|take me back|answer|reply|pick up|see me|don't leave|unblock me)\b[^.!?]{0,20}\b(?:or|otherwise|else) (?:i'll|i will|i'm going to|i'm gonna|i) (?:take (?:them all|the lot|all of them|the pills|my life|everything)|swallow|kill myself|hurt myself|end it|do something stupid)\b`,
    false,
  ),
  c(
    'emotional',
    String.raw`\bso (?:i|we) (?:don't|won't|didn't) (?:set (?:him|her|them) off|upset (?:him|her|them)|make (?:him|her|them) (?:angry|mad|kick off|explode|blow up|snap))\b|\b(?:tell|know|can tell|guess|predict) (?:from|by) (?:how|the way) (?:he|she|they) (?:\w+ ){0,4}(?:whether|if|what kind of|how bad)\b|\b(?:know|knew) what(?:'s| is) coming (?:if (?:not|i don't|i didn't|it's not|it isn't|dinner|the house|the kids)|otherwise)\b|\b(?:rehearse|rehearsing|rehearsed|practise|practice|practising|practicing) (?:\w+ ){0,6}so (?:i (?:don't|won't) (?:set|upset|anger|annoy|trigger)|(?:he|she|they) (?:doesn't|don't|won't) (?:get|go|kick|blow|snap|explode))`,
  ),
  c(
    'physical',
    String.raw`\b(?:keeps?|kept) going (?:\w+ ){0,2}(?:when|after|even (?:when|though|after)|though) i (?:say|said|told (?:him|her|them)|ask|asked|beg|begged) (?:\w+ )?(?:stop|no|not to|it hurts)\b|\bguilt(?:s|ed|ing)? me into (?:\w+ )?(?:sex|bed|sleeping with)\b|\b(?:did|does|doing) (?:stuff|things|sexual things) to me (?:while|when) i (?:was|am) (?:asleep|sleeping|passed out|drunk|unconscious)\b|\bwhat (?:husbands|wives|boyfriends|girlfriends|partners) are for\b|\bto keep the peace\b(?<=\b(?:sex|go along|sleep with|let him|let her)\b[^.!?]{0,60})`,
    false,
  ),
].flat();

/**
 * Phrases taken out before the abuse concepts are read: sport, games, slang, figures of speech,
 * and what the writer did to the ex (the screen asks whether the writer was harmed, not whether
 * they regret something they did).
 */
export const abuseFigures: RegExp[] = [
  // Shared care on its schedule, not a threat: "he took the kids to his mum's for the weekend"
  // ("took the kids away from me for the weekend" is not taken out).
  /\b(?:took|takes|taking|has|had|have|having|picked up|collected|collects) the (?:kids|children|boys|girls|baby|little ones) (?:(?!away\b|off\b|from\b)[\w']+ ){0,4}for the (?:whole |long |bank holiday )?weekend(?:,? away from (?:me|us))?\b/g,
  /\bcut (?:me|us)(?: and [\w' ]{0,30})? off\b(?! from)/g,
  /\b(?:kill|murder|strangle) me if i (?:ate|eat|touch|touched|take|took|borrow|use|finish|forget|don't|dont|tell|spoil)\b/g,
  /\b(?:like|as if|as though) (?:a |being |i'd been |i had been |i was )?(?:punch|slap|kick|blow|punched|slapped|kicked|hit|gut punch)\w*\b/g,
  /\b(?:(?:got|get|getting) (?:properly |absolutely |totally )?(?:battered|thrashed|destroyed|smashed|hammered|beaten|murdered) (?:in|at)\b|(?:the |this |my )?(?:deadline|deadlines|work|workload|job|exam|exams|revision|anxiety|grief|heat|traffic|commute|rent) (?:\w+ ){0,2}(?:choking|killing|strangling|crushing|battering|beating) (?:me|us))/g,
  /\b(?:my |a |her |his )?(?:friend's|friends'|sister's|brother's|mum's|mom's|cousin's|colleague's|coworker's|neighbour's|neighbor's|flatmate's|roommate's|aunt's|auntie's) (?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance)\b/g,
  /\b(?:beat|beats|beating|battered|thrashed|destroyed|smashed|crushed|killed|murdered|owned|wrecked|slaughtered|hammered|smoked|whooped|obliterated) (?:me|us|my (?:team|score|record|time)) (?:at|in|to|on) (?:\w+ ){0,3}(?:chess|cards|pool|darts|tennis|golf|football|soccer|mario ?kart|fifa|scrabble|monopoly|uno|poker|a race|the race|the game|games?|badminton|squash|ping pong|table tennis|trivia|quiz|the quiz|karaoke|arm wrestling|bowling|the punch|it|the finish|the top|first place|the bathroom|the last slice)\b/g,
  /\b(?:hit|hits) (?:me )?(?:up|with (?:a|the) (?:question|text|joke|news|truth|message|bill|invoice)|me like a (?:ton|truck|wave|train))\b/g,
  /\b(?:it|this|that|reality|the news|the realisation|the realization|the truth|grief|loneliness|sadness|the song|the smell|the memory|a wave of \w+|the weekend|monday|the breakup|the loss|the silence) (?:really |just |finally |suddenly )?(?:hit|hits|hitting|punched|kicked|slapped|crushed|choked|strangled|gutted|floored|destroyed|knocked|beat|beats) (?:me|us)\b/g,
  /\b(?:kick|kicks|kicked|kicking) (?:me )?(?:out of (?:the|a|my) (?:team|group chat|chat|game|club|band)|off|in|back|around|it)\b/g,
  /\b(?:boxing|kickboxing|sparring|karate|judo|jiu[- ]?jitsu|bjj|mma|martial arts|rugby|football|hockey|wrestling|self[- ]defen[cs]e|krav maga|the gym|training|the match|the game|paintball|laser tag|dodgeball) (?:\w+ ){0,6}(?:hit|hits|punched|kicked|choked|slapped|pinned|shoved|pushed|threw|elbowed|knocked|grabbed|tackled|beat|beaten|bruised)\b/g,
  /\b(?:hit|punched|kicked|choked|pinned|shoved|pushed|threw|elbowed|knocked|tackled|beat|bruised) (?:\w+ ){0,6}(?:boxing|kickboxing|sparring|karate|judo|jiu[- ]?jitsu|bjj|mma|rugby|football|hockey|wrestling|self[- ]defen[cs]e|krav maga|at the gym|in training|during the match|during the game|paintball|laser tag|dodgeball|pillow fight|tickle fight|play fight|playfight|playfighting)\b/g,
  /\b(?:i|we|i've|i have|i'd|i was|i kept|i keep|i used to|i even|i would|i'm) (?:\w+ )?(?:stalk(?:ed|ing)?|check(?:ed|ing)?|read|look(?:ed|ing)? (?:at|through)|went through|scroll(?:ed|ing)? through|track(?:ed|ing)?|watch(?:ed|ing)?|follow(?:ed|ing)?|monitor(?:ed|ing)?|spied on|texted|called|rang|messaged|drove past|turned up at|showed up at|waited outside|blocked|unblocked|screamed at|yelled at|shouted at|hit|slapped|pushed|threw|smashed|broke|threatened|begged|harassed|bombarded) (?:\w+ ){0,3}(?:his|her|their|him|them|the ex's|my ex's|my ex|the ex|new|instagram|insta|facebook|story|stories|profile|page|location|phone|messages|house|flat|work|place)\b/g,
  /\b(?:killed|kills|killing|slayed|slays|smashed|smashes|nailed|nails|crushed|crushes|destroyed|destroys|murdered|ate|aced|owned|rocked|rocks|slaps|bangs|hits different|hit different|went hard|goes hard) (?:it|that|the (?:exam|interview|presentation|audition|set|show|performance|game|test|karaoke|dance|song|speech|race|gig|brief|look|outfit|stage|solo)|his (?:exam|interview|speech|set)|her (?:exam|interview|speech|set)|their (?:exam|interview|speech|set)|karaoke|the dance floor|my exam|my interview)\b/g,
  /\b(?:fought|fight|fighting|fights|argue|argued|arguing|bickered|bicker) (?:\w+ ){0,2}(?:over|about) (?:the )?(?:remote|dishes|washing up|chores|money|bills|rent|netflix|music|the thermostat|heating|who|what|where|whose|holidays?|christmas|his mum|her mum|his mom|her mom|in-laws|the car|dinner|the kids' bedtime|directions|politics)\b/g,
  /\b(?:my|the|our) (?:boss|manager|teacher|coach|trainer|instructor|landlord|roommate|flatmate|sister|brother|mum|mom|dad|cat|dog|puppy|kid|toddler|nephew|niece|baby) (?:\w+ ){0,3}(?:kicked|bit|scratched|slapped|punched|threw|yelled at|screamed at|shouted at|hit|pushed|shoved|grabbed|is killing|killed|choked|strangled|smacked|headbutted|elbowed) (?:me|my)\b/g,
  /\b(?:we|we'd|we would|we used to|we both|we'd both|we were|both of us) (?:\w+ ){0,2}(?:argue|argued|arguing|shout|shouted|shouting|yell|yelled|yelling|scream|screamed|fight|fought|fighting|bicker|bickered|row|rowed|rowing|snap|snapped|slam|slammed)\b/g,
  /\b(?:you|it|that|the breakup|the silence|his silence|her silence|their silence|leaving|him leaving|her leaving|them leaving|the way (?:he|she|they) left|what (?:he|she|they) (?:said|did) when (?:he|she|they) left) (?:really |so |just |deeply )?(?:hurt|hurts|crushed|broke|destroyed|wrecked|gutted|killed|devastated|floored|shattered) (?:me|my heart|my feelings)\b/g,
  /\b(?:took|takes|take|kept|keeps|has|had|got|gets) (?:custody of |half of |half )?(?:the|our) (?:dog|cat|sofa|couch|tv|car|flat|house|furniture|plants|record player|friends|mutual friends|netflix account|spotify)\b/g,
  /\b(?:stealing|stole|steals|took|takes|hogs|hogged|hogging) (?:all )?(?:the|my) (?:covers|duvet|blanket|fries|chips|last slice|charger|hoodies?|jumpers?|sweaters?|spotlight|thunder|heart)\b/g,
  /\b(?:threatened|threatens|threatening) (?:to )?(?:leave|break up|dump me|end it|end things|move out|call it quits|go to couples therapy|block me|unfollow)\b(?![^.!?]*\b(?:kill|hurt|harm|take the kids|never see|custody|post|share|nudes|photos|nothing|everything|unless|if i)\b)/g,
  /\b(?:controlling|control) (?:the (?:remote|thermostat|music|aux|playlist|temperature|heating)|my (?:anger|temper|emotions|urges|spending|drinking|breathing|thoughts|impulses|eating|feelings|reactions|life now|own life|future|narrative))\b/g,
  /\b(?:i'm|i am|i was|i've been|i get|i got|i can be|i felt|i feel|i'm so) (?:so |really |too |a bit |very |such a )?(?:controlling|possessive|jealous|clingy|needy|insecure|the jealous one|the controlling one|a control freak)\b/g,
  /\b(?:afraid|scared|terrified|frightened|nervous|anxious) (?:\w+ ){0,2}(?:(?:he|she|they|he'll|she'll|they'll|he'd|she'd|they'd|he will|she will|they will|he would|she would|they would|he has|she has|they have|he's|she's|they've) (?:\w+ ){0,2}(?:moved on|move on|forget|forgotten|won't (?:reply|text|answer|call|come back|miss me)|doesn't love|don't love|never (?:loved|cared|come back|text|reply)|met someone|meet someone|find someone|found someone|be happy|is happy|are happy|text|reply|not reply|ignore|ignores|ignored|see|saw|read|reads|laugh|laughs|reject|rejects|say no|think|thinks|judge|judges|hate|hates|be with|is with|are with|doesn't miss|don't miss|doesn't care|don't care|miss|block|unblock|move|date|dating|get married|propose)|(?:of )?(?:losing|lose|missing|texting|seeing|running into|bumping into|messaging|calling|contacting|being alone|being single|never finding|dating again|getting hurt again|rejection|being rejected|him moving on|her moving on|them moving on|his reply|her reply|their reply|what (?:he|she|they)(?:'ll| will| might|'d| would) (?:say|think|reply|answer|feel))|to (?:text|call|message|reach out|see|contact|reply to|lose|face) (?:him|her|them|my ex|the ex))\b/g,
  /\b(?:he|she|they|my ex|the ex) (?:\w+ ){0,2}(?:never|didn't|did not|wasn't|was not|isn't|is not|wouldn't|would never|was never|has never|have never|had never|never once|not once|never ever|never really|never actually|never did) (?:\w+ ){0,2}(?:hit|hurt|touched|laid a (?:finger|hand)|raised (?:a|his|her|their) (?:hand|voice)|threatened|controlled|controlling|abusive|violent|aggressive|scared|frightened|tracked|stalked|monitored|checked|read|went through|stopped|isolated|forced|pressured|called me names|put me down|made me feel unsafe|mean|cruel|harmed|yelled|shouted|screamed|manipulative|manipulated|possessive|jealous)\b(?![^.!?]*\b(?:but (?:he|she|they) (?:did|would|used|still|kept|always|made|told|said|took|read|checked)|until|except|apart from|other than|only)\b)/g,
];
