import type { ChangeEvent, InputHTMLAttributes } from 'react';
import { localToday } from '../content/format.ts';
import { Field } from './field.tsx';

/** Omit over each member of a union (Preact types an input's attributes as one per `type`). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Props = OmitEach<InputHTMLAttributes<HTMLInputElement>, 'id'> & { label: string; hint?: string };

/** A labelled input; the hint is announced with it. */
export function TextField({ label, hint, ...input }: Props) {
  return <Field label={label} hint={hint} control={(ids) => <input {...ids} {...input} />} />;
}

export type ValueProps = { label: string; hint?: string; value: string; onChange(value: string): void };

/** TextField's props for a field whose owner wants its text rather than the event. */
export function textProps({ onChange, ...rest }: ValueProps) {
  return { ...rest, onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value) };
}

/** A day that has happened: the date picker offers nothing after today. */
export function PastDayField(props: ValueProps) {
  return <TextField type="date" max={localToday()} {...textProps(props)} />;
}

/** An email address, filled in by the browser where it can. */
export function EmailField(props: ValueProps) {
  return <TextField type="email" name="email" autoComplete="email" required {...textProps(props)} />;
}

/** The password the person has now (to sign in, or to confirm a change). */
export function CurrentPasswordField({
  name,
  required,
  ...props
}: ValueProps & Pick<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>) {
  return (
    <TextField
      type="password"
      name={name}
      required={required}
      autoComplete="current-password"
      {...textProps(props)}
    />
  );
}
