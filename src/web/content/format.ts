/** "12 March" (or "12 March 2027" outside the current year) for a `YYYY-MM-DD` day. */
export function formatDay(day: string, today?: string): string {
  const sameYear = today ? today.slice(0, 4) === day.slice(0, 4) : true;
  // Noon UTC: the day never slips across a zone boundary when formatted.
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Today's date in this browser's zone, `YYYY-MM-DD` (for date inputs' max). */
export function localToday(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "12 March, 23:40" for an instant, in this browser's zone. */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
