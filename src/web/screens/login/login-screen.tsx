import { useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../api/session.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { Page } from '../../ui/page.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

export function LoginScreen() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { pending, error, onSubmit } = useSubmit(() => signIn({ email, password }));

  return (
    <Page>
      <h1>Welcome back</h1>
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <h2 id="login-title">Sign in</h2>
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FormError message={error} />
        <SubmitButton pending={pending} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="aside">
        New here? <Link href="/">Create an account</Link>
      </p>
      <p className="aside">
        Forgot your password? Ask the person who runs your Rekindle for a reset link: everything you wrote
        stays as it is.
      </p>
    </Page>
  );
}
