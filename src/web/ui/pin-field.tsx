import type { ComponentProps } from 'react';
import { pinMaxDigits } from './device-lock.ts';
import { TextField } from './text-field.tsx';

/** A PIN box: hidden digits, the number pad on a phone, nothing offered by the password manager. */
export function PinField(
  props: Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode' | 'autoComplete' | 'maxLength'>,
) {
  return (
    <TextField {...props} type="password" inputMode="numeric" autoComplete="off" maxLength={pinMaxDigits} />
  );
}
