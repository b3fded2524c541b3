/** A phone number as people write one: digits with spaces, dots, dashes or brackets, maybe a +. */
const phone = /\+?\d[\d\s().-]*\d/g;
/** 14.03.2026, 2026-03-14: a date, not a number to call. */
const date = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

export type CallLink = { who: string; number: string; tel: string };

/**
 * The phone numbers in a section, each with the words on its line (usually a name), so a number
 * written down on a good day can be called with one tap on a bad one. Three digits is enough:
 * emergency and crisis lines are often that short.
 * @example callLinks('Jo (sister) 0123 456 789') // [{ who: 'Jo (sister)', number: '0123 456 789', tel: '0123456789' }]
 */
export function callLinks(text: string): CallLink[] {
  const links: CallLink[] = [];
  for (const line of text.split('\n')) {
    const found = [...line.matchAll(phone)].filter((m) => !date.test(m[0]));
    const first = found[0];
    const last = found.at(-1);
    if (!first || !last) continue;
    // Usually the name comes first ("Jo 0123…"); otherwise what follows ("0123… Jo").
    const who = tidy(line.slice(0, first.index)) || tidy(line.slice(last.index + last[0].length)) || '';
    for (const { 0: number } of found) {
      const tel = number.replace(/[^\d+]/g, '');
      if (tel.replace('+', '').length >= 3) links.push({ who, number, tel });
    }
  }
  return links;
}

const tidy = (words: string) => words.replace(/\s+/g, ' ').replace(/^[\s,;:()–—-]+|[\s,;:(–—-]+$/g, '');
