import { passwordRules } from '../../shared/api/limits.ts';
import { TextField, textProps } from './text-field.tsx';

/** A new password, with the rule it must meet: sign-up and the reset link ask for one the same way. */
export function NewPasswordField({
  label = 'New password',
  value,
  onChange,
}: {
  label?: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <TextField
      type="password"
      name="password"
      autoComplete="new-password"
      required
      minLength={passwordRules.minLength}
      {...textProps({
        label,
        hint: `At least ${passwordRules.minLength} characters. A few unrelated words work well.`,
        value,
        onChange,
      })}
    />
  );
}
