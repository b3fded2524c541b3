import { useApi } from '../../api/use-api.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { RemindersForm } from './reminders-form.tsx';

/** Reminder settings: which kinds, how they reach you, quiet hours, and what they may say. */
export function RemindersScreen() {
  const { state, reload, setData } = useApi('/reminders');
  return (
    <SignedInPage>
      <h1>Reminders</h1>
      <p className="lead">
        Gentle reminders, only the ones you want. Nothing is sent between 22:00 and 08:00 unless you ask.
      </p>
      {state.status === 'loading' && <DelayedProgress label="Loading your reminders…" />}
      {state.status === 'error' && <LoadError error={state.error} retry={reload} />}
      {state.status === 'ready' && <RemindersForm info={state.data} onSaved={setData} reload={reload} />}
    </SignedInPage>
  );
}
