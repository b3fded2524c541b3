import { useState } from 'react';
import type { RemindersResponse } from '../../../shared/api/reminders.ts';
import { RequestError, request } from '../../api/client.ts';
import { SwitchRow, UnavailableRow } from './switch-row.tsx';
import './reminders.css';

type Props = {
  on: boolean;
  onChange(on: boolean): void;
  email: RemindersResponse['email'];
  /** The server says there is nothing to send (confirmed already): the page asks it again. */
  onConfirmed(): void;
};

/** Email, once the server can send it and the address is confirmed (nothing else goes to it before). */
export function EmailChannel({ on, onChange, email, onConfirmed }: Props) {
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState('');
  if (!email.configured) {
    return (
      <UnavailableRow
        label="Email"
        why="This Rekindle server is not set up to send email, so reminders cannot come that way."
      />
    );
  }
  const sendAgain = async () => {
    setSending(true);
    setNote('');
    try {
      await request('POST', '/email/confirmation');
      setNote(`Sent. It can take a few minutes to arrive; if it does not, look in the spam folder too.`);
    } catch (error) {
      // The server's own words: already confirmed, or email not set up after all (both a 409).
      setNote(error instanceof Error ? error.message : String(error));
      if (error instanceof RequestError && error.status === 409) onConfirmed();
    } finally {
      setSending(false);
    }
  };
  return (
    <SwitchRow label="Email" hint={`To ${email.address}.`} checked={on} onChange={onChange}>
      {!email.confirmed && (
        <div className="channel-note">
          <p>We sent a link to {email.address}. Confirm it first: until then, nothing else is sent there.</p>
          <button type="button" className="button small" disabled={sending} onClick={() => void sendAgain()}>
            {sending ? 'Sending…' : 'Send the link again'}
          </button>
        </div>
      )}
      <p role="status" className="channel-note">
        {note}
      </p>
    </SwitchRow>
  );
}
