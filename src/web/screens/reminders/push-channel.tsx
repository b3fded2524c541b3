import { useEffect, useState } from 'react';
import {
  currentPushSubscription,
  pushSupported,
  subscribeToPush,
  unsubscribeFromPush,
} from '../../api/push.ts';
import { plural } from '../../content/format.ts';
import { SwitchRow, UnavailableRow } from './switch-row.tsx';
import './reminders.css';

type Props = {
  on: boolean;
  onChange(on: boolean): void;
  /** The server can send Web Push (it has its keys). */
  configured: boolean;
  /** Devices subscribed on the server, this one included. */
  subscriptions: number;
};

const label = 'Phone notifications';

/**
 * Web Push: turning it on subscribes this device there and then (the browser asks for permission
 * only in answer to a tap); a refusal says how to allow it. The choice itself is saved with the form.
 */
export function PushChannel({ on, onChange, configured, subscriptions }: Props) {
  const supported = pushSupported();
  const [here, setHere] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (supported) void currentPushSubscription().then((s) => setHere(s !== null));
  }, [supported]);

  if (!configured) {
    return (
      <UnavailableRow label={label} why="This Rekindle server is not set up to send phone notifications." />
    );
  }
  const subscribeHere = async () => {
    setBusy(true);
    setNote('Asking this device…');
    const result = await subscribeToPush();
    setBusy(false);
    if (!result.ok) {
      setNote(result.message);
      return;
    }
    setHere(true);
    onChange(true);
    setNote('This device is ready. Save to start.');
  };
  const toggle = async (next: boolean) => {
    if (next) return subscribeHere();
    onChange(false);
    setNote('');
    setBusy(true);
    // Off stops them everywhere once saved; this device also lets go of its subscription now.
    await unsubscribeFromPush().catch(() => {});
    setBusy(false);
    setHere(false);
  };
  const elsewhere = subscriptions - (here ? 1 : 0);
  return (
    <SwitchRow
      label={label}
      hint={
        supported
          ? 'On this phone or computer, even when Rekindle is closed.'
          : `This browser cannot show notifications from Rekindle.${on && elsewhere > 0 ? ` They go to your other ${plural(elsewhere, 'device')}.` : ''}`
      }
      checked={on}
      disabled={busy || (!supported && !on)}
      onChange={(next) => void toggle(next)}
    >
      {supported && on && here === false && !busy && (
        <p className="channel-note">
          {elsewhere > 0 ? `They go to ${plural(elsewhere, 'other device')}, not to this one. ` : ''}
          <button type="button" className="button small" onClick={() => void subscribeHere()}>
            Get them on this device
          </button>
        </p>
      )}
      <p role="status" className="channel-note" aria-busy={busy}>
        {note}
      </p>
    </SwitchRow>
  );
}
