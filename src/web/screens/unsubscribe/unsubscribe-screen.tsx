import { useEffect, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { request } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { NextAction } from '../../ui/next-action.tsx';
import { Page } from '../../ui/page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/**
 * Opened from the unsubscribe line of a reminder email (`/unsubscribe?token=…`). Opening the page
 * changes nothing (link scanners open links too): only the button does. Works signed in or out.
 */
export function UnsubscribeScreen() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const { state: session } = useSession();
  const signedIn = session.status === 'signed-in';
  const [done, setDone] = useState(false);
  const { pending, error, onSubmit } = useSubmit(async () => {
    await request('POST', `/email/unsubscribe?token=${encodeURIComponent(token)}`);
    setDone(true);
  });

  // The button is gone once it has worked: the page's new words get the focus.
  useEffect(() => {
    if (done) document.getElementById('main')?.focus();
  }, [done]);

  const reminders = signedIn ? <Link href="/reminders">Reminders</Link> : 'Reminders';

  if (done) {
    return (
      <Page>
        <h1>Done — no more reminder emails</h1>
        <p className="lead">You can turn them back on in {reminders} whenever you like.</p>
        <NextAction signedIn={signedIn} href="/today" label="Go to Today" signInKind="quiet" />
      </Page>
    );
  }

  if (!token) {
    return (
      <Page>
        <h1>Stop reminder emails?</h1>
        <p>
          This page needs the whole link from the email. Open it again from there, or switch reminder emails
          off in {reminders}.
        </p>
      </Page>
    );
  }

  return (
    <Page>
      <h1 id="unsubscribe-title">Stop reminder emails?</h1>
      <p className="lead">
        Rekindle will stop sending reminders to your email address. Nothing else changes: reminders in the app
        stay as they are, and you can turn emails back on in Reminders.
      </p>
      <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="unsubscribe-title">
        <FormFooter error={error} pending={pending} busyLabel="Stopping reminder emails…">
          Stop reminder emails
        </FormFooter>
      </form>
    </Page>
  );
}
