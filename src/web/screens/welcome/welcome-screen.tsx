import { useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../api/session.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { NewPasswordField } from '../../ui/new-password-field.tsx';
import { Page } from '../../ui/page.tsx';
import { EmailField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/** First visit: what Rekindle is, and a short form to make a private account. */
export function WelcomeScreen() {
  const { signUp } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { pending, error, onSubmit } = useSubmit(() => signUp({ email, password }));

  return (
    <Page>
      <h1>A calm guide for the weeks after a breakup</h1>
      <p className="lead">
        Rekindle walks with you one step at a time: understanding why it ended, giving it space, looking after
        yourself, and deciding, with a clear head, whether to reach out or to move on.
      </p>
      <p>Everything you write stays private on this server. No one else can read it.</p>

      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="signup-title">
        <h2 id="signup-title">Create your private account</h2>
        <EmailField label="Email" value={email} onChange={setEmail} />
        <NewPasswordField label="Password" value={password} onChange={setPassword} />
        <FormFooter error={error} pending={pending} busyLabel="Creating your account…">
          Create account
        </FormFooter>
      </form>
      <p className="aside">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </Page>
  );
}
