import { hardHoursLeadMinutes, slotTimes } from '../../../core/reminders/schedule.ts';
import type { Draft, SetDraft } from './draft.ts';
import { SwitchRow } from './switch-row.tsx';
import { TimeField } from './time-field.tsx';
import './reminders.css';

/** Each kind of reminder, with one plain line on when it comes and what it is for. */
export function KindsSection({ draft, set }: { draft: Draft; set: SetDraft }) {
  return (
    <section className="card" aria-labelledby="kinds-title">
      <h2 id="kinds-title">What to remind you of</h2>
      <SwitchRow
        label="Daily check-in"
        hint="A gentle nudge to note how you feel today."
        checked={draft.checkIn.enabled}
        onChange={(enabled) => set({ checkIn: { ...draft.checkIn, enabled } })}
      >
        {draft.checkIn.enabled && (
          <TimeField
            label="Time"
            value={draft.checkIn.at}
            onChange={(at) => set({ checkIn: { ...draft.checkIn, at } })}
          />
        )}
      </SwitchRow>
      <SwitchRow
        label="Before your hard hours"
        hint={`${hardHoursLeadMinutes} minutes before the hours your urges tend to come, going by the urges you have logged. It comes even in quiet hours, because that is when it helps.`}
        checked={draft.hardHours.enabled}
        onChange={(enabled) => set({ hardHours: { enabled } })}
      />
      <SwitchRow
        label="No-contact milestones"
        hint={`A quiet word at ${slotTimes.morning} when you reach a milestone, like one week or one month.`}
        checked={draft.milestones.enabled}
        onChange={(enabled) => set({ milestones: { enabled } })}
      />
      <SwitchRow
        label="Your minimum time apart is over"
        hint="On the morning your minimum time of no contact ends, with what could come next."
        checked={draft.noContactMinimum.enabled}
        onChange={(enabled) => set({ noContactMinimum: { enabled } })}
      />
      <SwitchRow
        label="The wait for a reply is over"
        hint="When the time to wait for a reply has passed: a moment to note what happened. Never a nudge to send a second text."
        checked={draft.replyWindow.enabled}
        onChange={(enabled) => set({ replyWindow: { enabled } })}
      />
      <SwitchRow
        label="A weekly look back"
        hint={`On Sunday at ${slotTimes.evening}, a look back at your check-ins, urges and self-work.`}
        checked={draft.weeklySummary.enabled}
        onChange={(enabled) => set({ weeklySummary: { enabled } })}
      />
    </section>
  );
}
