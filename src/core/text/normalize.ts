/**
 * Texting-style input made comparable, for every judge of text (the safety screen, the checker,
 * the letter checklist): lower case, curly quotes straightened, zero-width and control
 * characters dropped, letters stretched for emphasis squeezed ("pleaseeee" → "pleasee"), a few
 * meaningful emoji turned into words, and common abbreviations and apostrophe-less forms spelled
 * out ("u" → "you", "dont" → "don't").
 *
 * Offsets into the normalized text do not map back to the original; callers that highlight
 * spans match on the original text with case-insensitive patterns instead.
 */
const abbreviations: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  ya: 'you',
  pls: 'please',
  plz: 'please',
  im: "i'm",
  ive: "i've",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  aint: "ain't",
  hes: "he's",
  shes: "she's",
  theyre: "they're",
  youre: "you're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  itd: "it'd",
  idk: "i don't know",
  ily: 'i love you',
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gona: 'going to',
  tryna: 'trying to',
  gotta: 'got to',
  kms: 'kill myself',
  kys: 'kill yourself',
  unalive: 'kill',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  rn: 'right now',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  ppl: 'people',
  bf: 'boyfriend',
  gf: 'girlfriend',
  hubby: 'husband',
  noone: 'no one',
  no1: 'no one',
  every1: 'everyone',
  any1: 'anyone',
  some1: 'someone',
  prolly: 'probably',
  rly: 'really',
  jus: 'just',
  n: 'and',
  nd: 'and',
  w: 'with',
  b4: 'before',
  sewerslide: 'suicide',
  suicde: 'suicide',
  sucide: 'suicide',
  suiside: 'suicide',
  suicidle: 'suicidal',
  suicidel: 'suicidal',
  myslef: 'myself',
  mysefl: 'myself',
  myelf: 'myself',
  antidepresants: 'antidepressants',
  agian: 'again',
  agen: 'again',
  kil: 'kill',
  fone: 'phone',
  mony: 'money',
  wudnt: "wouldn't",
  cudnt: "couldn't",
  wud: 'would',
  cud: 'could',
  scard: 'scared',
  antifreze: 'antifreeze',
  thinkin: 'thinking',
  watchin: 'watching',
  permanantly: 'permanently',
  perminantly: 'permanently',
  stayin: 'staying',
  livin: 'living',
  goin: 'going',
  tryin: 'trying',
  nothin: 'nothing',
  somethin: 'something',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tonite: 'tonight',
  nite: 'night',
  evrything: 'everything',
  everythin: 'everything',
  actualy: 'actually',
  fr: 'for real',
  grabed: 'grabbed',
  threatend: 'threatened',
  beleive: 'believe',
  genuinly: 'genuinely',
  dissapear: 'disappear',
  becuase: 'because',
  docters: "doctor's",
  statments: 'statements',
  servises: 'services',
  hed: "he'd",
  shed: "she'd",
  theyd: "they'd",
  hell: 'hell',
  youve: "you've",
  weve: "we've",
  id: 'id',
};

/** "ill" is "I'll" only before a verb-like word ("ill just go"); "I feel ill" stays ill. */
const illAsIll =
  /\bill (?=(?:be|go|just|never|do|try|see|call|text|have|get|make|take|stop|miss|always|probably|still|definitely|end|kill|leave|wait|tell|say|find|figure|keep|let)\b)/g;

/** Emoji that carry meaning the screens read (a pill, a knife, a coffin…). */
const emoji: [RegExp, string][] = [
  [/\u{1F48A}/gu, ' pills '],
  [/\u{1F52A}|\u{1F5E1}/gu, ' knife '],
  [/\u{1FAA2}/gu, ' rope '],
  [/\u{26B0}/gu, ' coffin '],
  [/\u{1FA78}/gu, ' blood '],
  [/\u{1F52B}/gu, ' gun '],
];

export function normalizeText(text: string): string {
  let lowered = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\p{Cf}|(?![\n\r\t])\p{Cc}/gu, '')
    .replace(/([a-z])\1{2,}/g, '$1$1');
  for (const [pattern, word] of emoji) lowered = lowered.replace(pattern, word);
  return lowered
    .replace(illAsIll, "i'll ")
    .replace(/\b(want|wanna|going|need|have|got|trying|ready|about|deserve|wish|like) 2\b/g, '$1 to')
    .replace(/[a-z0-9']+/g, (word) => abbreviations[word] ?? word)
    .replace(/[ \t]+/g, ' ');
}
