import type { InputHTMLAttributes } from 'react';
import { pinMaxDigits } from './device-lock.ts';
import { TextField } from './text-field.tsx';

type Props = { label: string; hint?: string | undefined } & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onInput' | 'aria-describedby'
>;

/** A PIN box: hidden digits, the number pad on a phone, nothing offered by the password manager. */
export function PinField(props: Props) {
  return (
    <TextField {...props} type="password" inputMode="numeric" autoComplete="off" maxLength={pinMaxDigits} />
  );
}
