import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { request } from '../../api/client.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { NewPasswordField } from '../../ui/new-password-field.tsx';
import { Page } from '../../ui/page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/**
 * Opened from a reset link (`/reset?token=…`, made by `rekindle user reset-link`): the person
 * chooses a new password, is signed out everywhere, and then signs in with it. The token goes to
 * the API in the request body, never in an API address.
 */
export function ResetScreen() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { pending, error, onSubmit } = useSubmit(async () => {
    await request('POST', '/auth/reset', { token, password });
    setDone(true);
  });

  if (done) {
    return (
      <Page>
        <h1>Your password is changed</h1>
        <p className="lead">
          You are signed out on every device, so only someone who knows the new password can get in.
        </p>
        {/* A full page load, so the app asks the server afresh who is signed in here. */}
        <a className="button primary next-action" href="/login">
          Sign in with your new password
        </a>
      </Page>
    );
  }

  if (!token) {
    return (
      <Page>
        <h1>Choose a new password</h1>
        <p>
          This page needs the whole link you were given. Open it again from that message, or ask the person
          who runs Rekindle for a new one.
        </p>
        <p className="aside">
          Remembered your password? <Link href="/login">Sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page>
      <h1 id="reset-title">Choose a new password</h1>
      <p className="lead">
        Everything you wrote is still here. Once the new password is set, you will be signed out on every
        device, and can sign in again with it.
      </p>
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="reset-title">
        <NewPasswordField value={password} onChange={setPassword} />
        <FormFooter error={error} pending={pending} busyLabel="Setting your password…">
          Set new password
        </FormFooter>
      </form>
      <p className="aside">
        Remembered it after all? <Link href="/login">Sign in</Link>
      </p>
    </Page>
  );
}
