import { formatInstant } from '../../content/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;

/** "Today, 20:00", "Yesterday, 09:00" or "24 November, 18:00", in this device's time. */
export function when(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (dayOf(at) === dayOf(now)) return `Today, ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (dayOf(at) === dayOf(yesterday)) return `Yesterday, ${time}`;
  return formatInstant(iso);
}
