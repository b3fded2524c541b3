const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

// Dates are written by hand, not with Intl.DateTimeFormat: the app speaks English only, and a
// phone's first DateTimeFormat costs about 150 ms of a slowed CPU on the way to Today's first paint.

/** "12 March" (or "12 March 2027" outside the current year) for a `YYYY-MM-DD` day. */
export function formatDay(day: string, today?: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const sameYear = today ? today.slice(0, 4) === day.slice(0, 4) : true;
  return `${date} ${months[month - 1]}${sameYear ? '' : ` ${year}`}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Today's date in this browser's zone, `YYYY-MM-DD` (for date inputs' max). */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "12 March, 23:40" for an instant, in this browser's zone. */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  return `${at.getDate()} ${months[at.getMonth()]}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The local time now, `HH:MM`. */
export function localTimeNow(): string {
  const now = new Date();
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
