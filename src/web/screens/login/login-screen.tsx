import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { request } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { CredentialsForm } from '../../ui/credentials-form.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { Page } from '../../ui/page.tsx';
import { EmailField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

export function LoginScreen() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');

  return (
    <Page>
      <h1>Welcome back</h1>
      <CredentialsForm kind="sign-in" email={email} onEmail={setEmail} send={signIn} />
      <p className="aside">
        New here? <Link href="/">Create an account</Link>
      </p>
      <ForgotPassword email={email} />
    </Page>
  );
}

type Forgot =
  | { status: 'closed' }
  | { status: 'asking' }
  | { status: 'by-email' }
  | { status: 'ask-operator' }
  | { status: 'sent' };

const askOperator =
  'Ask the person who runs this Rekindle for a reset link: everything you wrote stays as it is.';

/**
 * "Forgot your password?": a reset link by email when this server can send one (asked only when
 * opened, so signing in costs nothing more), else who to ask. The answer never says whether the
 * address has an account.
 */
function ForgotPassword({ email: typed }: { email: string }) {
  const [state, setState] = useState<Forgot>({ status: 'closed' });
  const [email, setEmail] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // The button that opened it is gone: the email field takes the focus.
  useEffect(() => {
    if (state.status === 'by-email') form.current?.querySelector('input')?.focus();
  }, [state.status]);
  const { pending, error, onSubmit } = useSubmit(async () => {
    await request('POST', '/auth/reset-request', { email });
    setState({ status: 'sent' });
  });

  const open = async () => {
    setEmail(typed);
    setState({ status: 'asking' });
    try {
      const options = await request('GET', '/auth/options');
      setState({ status: options.resetByEmail ? 'by-email' : 'ask-operator' });
    } catch {
      setState({ status: 'ask-operator' });
    }
  };

  if (state.status === 'closed' || state.status === 'asking') {
    return (
      <p className="aside">
        <button type="button" className="button quiet" onClick={open} disabled={state.status === 'asking'}>
          Forgot your password?
        </button>
      </p>
    );
  }
  if (state.status === 'ask-operator') {
    return (
      <p className="aside" role="status">
        Forgot your password? {askOperator}
      </p>
    );
  }
  if (state.status === 'sent') {
    return (
      <p className="aside" role="status">
        If that address has a confirmed account, a link is on its way (it works once, for 30 minutes). If
        nothing comes, check your spam folder, or ask the person who runs this Rekindle.
      </p>
    );
  }
  return (
    <form ref={form} className="card" onSubmit={onSubmit} noValidate aria-labelledby="forgot-title">
      <h2 id="forgot-title">Forgot your password?</h2>
      <p>
        We can email a link to choose a new one, if your address is confirmed. Everything you wrote stays as
        it is.
      </p>
      <EmailField label="Your email" value={email} onChange={setEmail} />
      <FormFooter error={error} pending={pending} busyLabel="Sending…" kind="quiet">
        Email me a link
      </FormFooter>
      <p className="hint">No confirmed address? {askOperator}</p>
    </form>
  );
}
