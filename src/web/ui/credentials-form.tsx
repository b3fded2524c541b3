import { useState } from 'react';
import { FormFooter } from './form-footer.tsx';
import { NewPasswordField } from './new-password-field.tsx';
import { CurrentPasswordField, EmailField } from './text-field.tsx';
import { useSubmit } from './use-submit.ts';

type Props = {
  titleId: string;
  title: string;
  /** A new account chooses its password (with the rule it must meet); signing in types the one it has. */
  newPassword?: boolean;
  busyLabel: string;
  submitLabel: string;
  /** The email is the screen's, so what was typed can serve it elsewhere ("Forgot your password?"). */
  email: string;
  onEmail(email: string): void;
  send(credentials: { email: string; password: string }): Promise<void>;
};

/** An email and a password in a card: signing in and making an account ask for them the same way. */
export function CredentialsForm({
  titleId,
  title,
  newPassword = false,
  email,
  onEmail,
  send,
  busyLabel,
  submitLabel,
}: Props) {
  const [password, setPassword] = useState('');
  const { pending, error, onSubmit } = useSubmit(() => send({ email, password }));
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <EmailField label="Email" value={email} onChange={onEmail} />
      {newPassword ? (
        <NewPasswordField label="Password" value={password} onChange={setPassword} />
      ) : (
        <CurrentPasswordField
          label="Password"
          name="password"
          required
          value={password}
          onChange={setPassword}
        />
      )}
      <FormFooter error={error} pending={pending} busyLabel={busyLabel}>
        {submitLabel}
      </FormFooter>
    </form>
  );
}
