import { useState } from 'react';
import { FormFooter } from './form-footer.tsx';
import { NewPasswordField } from './new-password-field.tsx';
import { CurrentPasswordField, EmailField } from './text-field.tsx';
import { useSubmit } from './use-submit.ts';

/** Signing in types the password one has; a new account chooses one (with the rule it must meet). */
const kinds = {
  'sign-in': { titleId: 'login-title', title: 'Sign in', busyLabel: 'Signing in…', submit: 'Sign in' },
  'sign-up': {
    titleId: 'signup-title',
    title: 'Create your private account',
    busyLabel: 'Creating your account…',
    submit: 'Create account',
  },
};

type Props = {
  kind: keyof typeof kinds;
  /** The email is the screen's, so what was typed can serve it elsewhere ("Forgot your password?"). */
  email: string;
  onEmail(email: string): void;
  send(credentials: { email: string; password: string }): Promise<void>;
};

/** An email and a password in a card: signing in and making an account ask for them the same way. */
export function CredentialsForm({ kind, email, onEmail, send }: Props) {
  const { titleId, title, busyLabel, submit } = kinds[kind];
  const [password, setPassword] = useState('');
  const { pending, error, onSubmit } = useSubmit(() => send({ email, password }));
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <EmailField label="Email" value={email} onChange={onEmail} />
      {kind === 'sign-up' ? (
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
        {submit}
      </FormFooter>
    </form>
  );
}
