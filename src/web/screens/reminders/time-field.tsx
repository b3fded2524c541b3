import { TextField, textProps, type ValueProps } from '../../ui/text-field.tsx';
import './reminders.css';

/** A time of day, given no more room than its digits. */
export function TimeField(props: ValueProps) {
  return <TextField type="time" className="time-input" {...textProps(props)} />;
}
