import { useEffect, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import { request } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { NextAction } from '../../ui/next-action.tsx';
import { Page } from '../../ui/page.tsx';

type State = { status: 'confirming' } | { status: 'confirmed' } | { status: 'failed'; message: string };

/**
 * Opened from the confirmation email (`/confirm-email?token=…`): the token is posted once, on
 * opening, in the request body (never in an API address). Works signed in or out.
 */
export function ConfirmEmailScreen() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const { state: session } = useSession();
  const signedIn = session.status === 'signed-in';
  const [state, setState] = useState<State>({ status: 'confirming' });
  const posted = useRef(false);

  useEffect(() => {
    if (!token || posted.current) return;
    posted.current = true;
    request('POST', '/email/confirm', { token }).then(
      () => setState({ status: 'confirmed' }),
      (error: unknown) =>
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : 'Something went wrong. Please try again.',
        }),
    );
  }, [token]);

  const next = <NextAction signedIn={signedIn} href="/reminders" label="Go to Reminders" />;

  if (!token) {
    return (
      <Page>
        <h1>Confirm your email address</h1>
        <p>
          This page needs the whole link from the confirmation email. Open it again from that email, or ask
          for a new link from Reminders.
        </p>
        {next}
      </Page>
    );
  }

  if (state.status === 'confirming') {
    return (
      <Page>
        <h1>Confirm your email address</h1>
        <DelayedProgress label="Confirming your email address…" />
      </Page>
    );
  }

  if (state.status === 'confirmed') {
    return (
      <Page>
        <h1>Your email address is confirmed</h1>
        <p className="lead">
          Rekindle can now email you: the reminders you choose, and a reset link if you ever forget your
          password.
        </p>
        {next}
      </Page>
    );
  }

  return (
    <Page>
      <h1>We could not confirm your email address</h1>
      <p role="alert">{state.message}</p>
      <p>
        If you opened this link before, your address may already be confirmed: Reminders shows whether it is
        {signedIn ? '' : ' once you are signed in'}.
      </p>
      {next}
    </Page>
  );
}
