/**
 * Texting-style input made comparable: lower case, curly quotes straightened, zero-width and
 * control characters dropped, letters stretched for emphasis squeezed ("pleaseeee" → "pleasee"),
 * and common abbreviations spelled out ("u" → "you"). Used by the safety screen and the checker.
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
  ill: "i'll",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  wouldnt: "wouldn't",
  idk: "i don't know",
  ily: 'i love you',
  wanna: 'want to',
  gonna: 'going to',
  kms: 'kill myself',
  kys: 'kill yourself',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  rn: 'right now',
  tho: 'though',
};

export function normalizeText(text: string): string {
  const lowered = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\p{Cf}|(?![\n\r\t])\p{Cc}/gu, '')
    .replace(/([a-z])\1{2,}/g, '$1$1');
  return lowered.replace(/[a-z']+/g, (word) => abbreviations[word] ?? word);
}
