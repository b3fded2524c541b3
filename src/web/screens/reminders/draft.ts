import type { ReminderSettings } from '../../../shared/api/reminders.ts';
import { fromRow, type TriggerRow, toRow } from './trigger-rows.ts';

/** The settings as the form holds them: trigger dates as rows the date picker can show. */
export type Draft = Omit<ReminderSettings, 'triggerDates'> & { rows: TriggerRow[] };
export type SetDraft = (patch: Partial<Draft>) => void;

export function toDraft(settings: ReminderSettings): Draft {
  const { triggerDates, ...rest } = settings;
  const year = new Date().getFullYear();
  return { ...rest, rows: triggerDates.map((t) => toRow(t, year)) };
}

/** What `PUT /api/reminders` takes: the whole settings object. */
export function toSettings(draft: Draft): ReminderSettings {
  const { rows, ...rest } = draft;
  return { ...rest, triggerDates: rows.map(fromRow) };
}
