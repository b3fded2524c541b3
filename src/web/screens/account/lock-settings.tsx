import { useRef, useState } from 'react';
import { useSession } from '../../api/session.tsx';
import { ChoiceGroup } from '../../ui/choice-group.tsx';
import {
  canLock,
  idleChoices,
  keepLock,
  pinPattern,
  readLock,
  removeLock,
  setLock,
} from '../../ui/device-lock.ts';
import { FormError } from '../../ui/form-error.tsx';
import { PinField } from '../../ui/pin-field.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

const changed = () => window.dispatchEvent(new Event('rekindle:lock-changed'));
const idleText = (m: number) => (m === 60 ? '1 hour' : `${m} ${m === 1 ? 'minute' : 'minutes'}`);
const couldNotKeep = 'This browser would not keep the PIN (its storage may be full or switched off).';

/** Sets, changes or removes the PIN that locks Rekindle on this device (ui/device-lock.ts). */
export function LockSettings() {
  const { state } = useSession();
  const userId = state.status === 'signed-in' ? state.user.id : '';
  const [has, setHas] = useState(() => readLock(userId) !== undefined);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState<number>(() => readLock(userId)?.idleMinutes ?? 5);
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const save = useSubmit(async () => {
    setDone('');
    const kept = readLock(userId);
    // With a PIN already set, leaving both boxes empty changes only the time.
    if (kept && pin === '' && again === '') {
      if (!keepLock(userId, { ...kept, idleMinutes: idle })) throw new Error(couldNotKeep);
      setDone(`Saved. The same PIN now locks Rekindle after ${idleText(idle)} untouched.`);
      changed();
      return;
    }
    if (!pinPattern.test(pin)) throw new Error('Use 4 to 8 digits for the PIN.');
    if (pin !== again) throw new Error('The two PINs are not the same. Type them again.');
    if (!(await setLock(userId, pin, idle))) throw new Error(couldNotKeep);
    setPin('');
    setAgain('');
    setHas(true);
    setDone(`Saved. Rekindle asks for this PIN when it opens here, and after ${idleText(idle)} untouched.`);
    changed();
  });
  const remove = () => {
    removeLock(userId);
    setHas(false);
    setDone('The PIN is removed from this device.');
    changed();
    form.current?.querySelector('input')?.focus(); // its button is gone: focus stays in this form
  };

  return (
    <form ref={form} className="card" onSubmit={save.onSubmit} noValidate aria-labelledby="lock-title">
      <h2 id="lock-title">Lock on this device</h2>
      <p>
        On a phone or computer others can pick up, a PIN keeps Rekindle closed: it asks for it each time it
        opens and after the time you choose. It stays on this device only and goes when you sign out. It keeps
        a glance away, not a determined snooper.
      </p>
      {canLock() ? (
        <>
          <PinField
            label={has ? 'New PIN (4 to 8 digits)' : 'PIN (4 to 8 digits)'}
            hint={has ? 'Leave both empty to keep your PIN and change only the time.' : undefined}
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
          <PinField
            label="The same PIN again"
            value={again}
            onInput={(e) => setAgain(e.currentTarget.value)}
          />
          <ChoiceGroup
            legend="Lock after this long untouched"
            options={idleChoices.map((m) => ({ value: String(m), label: idleText(m) }))}
            value={String(idle)}
            onChange={(value) => setIdle(Number(value))}
          />
          <FormError message={save.error} />
          <div className="actions">
            <SubmitButton pending={save.pending} busyLabel="Saving…" kind="quiet">
              {has ? 'Save' : 'Set a PIN'}
            </SubmitButton>
            {has && (
              <button type="button" className="button quiet" onClick={remove}>
                Remove the PIN
              </button>
            )}
          </div>
        </>
      ) : (
        <p>This browser can only keep a PIN when Rekindle is opened over https.</p>
      )}
      <p role="status" className="saved">
        {done}
      </p>
    </form>
  );
}
