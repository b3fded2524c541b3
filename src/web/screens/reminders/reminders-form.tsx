import { useState } from 'react';
import { neutralText } from '../../../core/reminders/schedule.ts';
import type { RemindersResponse } from '../../../shared/api/reminders.ts';
import { request } from '../../api/client.ts';
import { FormError } from '../../ui/form-error.tsx';
import { SaveRow } from '../../ui/form-footer.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { type Draft, toDraft, toSettings } from './draft.ts';
import { EmailChannel } from './email-channel.tsx';
import { KindsSection } from './kinds-section.tsx';
import { PushChannel } from './push-channel.tsx';
import { SwitchRow } from './switch-row.tsx';
import { TimeField } from './time-field.tsx';
import { TimeZoneNote } from './time-zone-note.tsx';
import { TriggerDates } from './trigger-dates.tsx';
import './reminders.css';

const defaultQuiet = { from: '22:00', to: '08:00' };

type Props = { info: RemindersResponse; onSaved(info: RemindersResponse): void; reload(): void };

/**
 * Every reminder setting in one form with one Save. What was chosen stays in the form when the
 * server refuses it, with the server's words beside the button.
 */
export function RemindersForm({ info, onSaved, reload }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(info.settings));
  const [saved, setSaved] = useState(false);
  const [changed, setChanged] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setChanged(true);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const { pending, error, onSubmit } = useSubmit(async () => {
    // A date picker left empty: said here in its own words (the server's speak of MM-DD).
    const undated = draft.rows.find((r) => r.date === '');
    if (undated) {
      document.getElementById(`trigger-${undated.key}-date`)?.focus();
      throw new Error(
        undated.label.trim()
          ? `Choose a date for “${undated.label.trim()}”.`
          : 'Choose a date for each hard date.',
      );
    }
    const next = await request('PUT', '/reminders', toSettings(draft));
    setDraft(toDraft(next.settings));
    setChanged(false);
    setSaved(true);
    onSaved(next);
  });
  const { channels, quietHours } = draft;
  const setChannel = (patch: Partial<Draft['channels']>) => set({ channels: { ...channels, ...patch } });
  const nowhere = !channels.inApp && !channels.push && !channels.email;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reminders">
      <KindsSection draft={draft} set={set} />
      <TriggerDates rows={draft.rows} set={set} />

      <section className="card" aria-labelledby="channels-title">
        <h2 id="channels-title">How they reach you</h2>
        <SwitchRow
          label="In the app"
          hint="In your list of notifications, with a count on the bell at the top of the screen."
          checked={channels.inApp}
          onChange={(inApp) => setChannel({ inApp })}
        />
        <PushChannel
          on={channels.push}
          onChange={(push) => setChannel({ push })}
          configured={info.push.configured}
          subscriptions={info.push.subscriptions}
        />
        <EmailChannel
          on={channels.email}
          onChange={(email) => setChannel({ email })}
          email={info.email}
          onConfirmed={reload}
        />
        {nowhere && <p className="notice">With every way off, no reminders come at all.</p>}
      </section>

      <section className="card" aria-labelledby="quiet-title">
        <h2 id="quiet-title">Quiet hours</h2>
        <SwitchRow
          label="Quiet hours"
          hint="Nothing comes in these hours except the hard-hours nudge. A reminder that falls in them waits until they end."
          checked={quietHours !== null}
          onChange={(on) => set({ quietHours: on ? defaultQuiet : null })}
        >
          {quietHours && (
            <div className="time-pair">
              <TimeField
                label="From"
                value={quietHours.from}
                onChange={(from) => set({ quietHours: { ...quietHours, from } })}
              />
              <TimeField
                label="Until"
                value={quietHours.to}
                onChange={(to) => set({ quietHours: { ...quietHours, to } })}
              />
            </div>
          )}
        </SwitchRow>
      </section>

      <section className="card" aria-labelledby="words-title">
        <h2 id="words-title">What notifications say</h2>
        <SwitchRow
          label="Say more in phone and email notifications"
          hint={`Off, they only say "${neutralText.body}", so nothing private shows on a lock screen or in a shared inbox. On, they say what it is about, like "Tomorrow: her birthday".`}
          checked={draft.specificTexts}
          onChange={(specificTexts) => set({ specificTexts })}
        />
      </section>

      <TimeZoneNote zone={draft.timeZone ?? info.timeZone} onUse={(timeZone) => set({ timeZone })} />

      <div className="sticky-actions reminders-save">
        <FormError message={error} />
        <SaveRow
          pending={pending}
          said={saved ? 'Saved. Your reminders are set.' : changed ? 'Not saved yet.' : ''}
        >
          Save reminders
        </SaveRow>
      </div>
    </form>
  );
}
