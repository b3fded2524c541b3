import { useId } from 'react';
import './range-picker.css';

export const ranges = [
  { days: 14, label: '2 weeks', heading: 'the last 2 weeks' },
  { days: 56, label: '8 weeks', heading: 'the last 8 weeks' },
  { days: 182, label: '6 months', heading: 'the last 6 months' },
  { days: 365, label: 'A year', heading: 'the last year' },
] as const;
export type RangeDays = (typeof ranges)[number]['days'];

/** How far back to look: a row of small radio buttons (a real fieldset for screen readers). */
export function RangePicker({ value, onChange }: { value: RangeDays; onChange(days: RangeDays): void }) {
  const name = useId();
  return (
    <fieldset className="range-picker">
      <legend>Show</legend>
      {ranges.map((r) => (
        <label key={r.days} className={value === r.days ? 'selected' : undefined}>
          <input
            type="radio"
            name={name}
            value={r.days}
            checked={value === r.days}
            onChange={() => onChange(r.days)}
          />
          {r.label}
        </label>
      ))}
    </fieldset>
  );
}

/** "the last 8 weeks", for headings. */
export function rangeName(days: RangeDays): string {
  return ranges.find((r) => r.days === days)?.heading ?? `the last ${days} days`;
}
