import type { InputHTMLAttributes } from 'react';
import { localToday } from '../content/format.ts';
import { Field } from './field.tsx';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { label: string; hint?: string };

/** A labelled input; the hint is announced with it. */
export function TextField({ label, hint, ...input }: Props) {
  return <Field label={label} hint={hint} control={(ids) => <input {...ids} {...input} />} />;
}

type ValueProps = { label: string; hint?: string; value: string; onChange(value: string): void };

/** A day that has happened: the date picker offers nothing after today. */
export function PastDayField({ label, hint, value, onChange }: ValueProps) {
  return (
    <TextField
      label={label}
      hint={hint}
      type="date"
      max={localToday()}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** An email address, filled in by the browser where it can. */
export function EmailField({ label, value, onChange }: ValueProps) {
  return (
    <TextField
      label={label}
      type="email"
      name="email"
      autoComplete="email"
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** The password the person has now (to sign in, or to confirm a change). */
export function CurrentPasswordField({
  label,
  value,
  onChange,
  ...input
}: ValueProps & Pick<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>) {
  return (
    <TextField
      label={label}
      type="password"
      {...input}
      autoComplete="current-password"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
