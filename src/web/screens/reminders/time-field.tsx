import { TextField } from '../../ui/text-field.tsx';
import './reminders.css';

/** A time of day, given no more room than its digits. */
export function TimeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(at: string): void;
}) {
  return (
    <TextField
      label={label}
      type="time"
      className="time-input"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
