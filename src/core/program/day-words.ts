/**
 * A number of days as a sentence says it: "a week" or "a month" where a rule is exactly that,
 * else "3 days". Sentences built from `rules` with it stay true when a number there changes.
 *
 * @example daysInWords(7) → 'a week'; daysInWords(3) → '3 days'; daysInWords(30, true) → 'A month'
 */
export function daysInWords(days: number, startOfSentence = false): string {
  const words = named[days] ?? `${days} ${days === 1 ? 'day' : 'days'}`;
  return startOfSentence ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

const named: Partial<Record<number, string>> = { 7: 'a week', 30: 'a month' };
