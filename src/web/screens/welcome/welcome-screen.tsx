import { useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../api/session.tsx';
import { CredentialsForm } from '../../ui/credentials-form.tsx';
import { Page } from '../../ui/page.tsx';

/** First visit: what Rekindle is, and a short form to make a private account. */
export function WelcomeScreen() {
  const { signUp } = useSession();
  const [email, setEmail] = useState('');

  return (
    <Page>
      <h1>A calm guide for the weeks after a breakup</h1>
      <p className="lead">
        Rekindle walks with you one step at a time: understanding why it ended, giving it space, looking after
        yourself, and deciding, with a clear head, whether to reach out or to move on.
      </p>
      <p>Everything you write stays private on this server. No one else can read it.</p>

      <CredentialsForm kind="sign-up" email={email} onEmail={setEmail} send={signUp} />
      <p className="aside">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </Page>
  );
}
