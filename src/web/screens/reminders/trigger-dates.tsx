import { useEffect, useRef, useState } from 'react';
import { slotTimes } from '../../../core/reminders/schedule.ts';
import { maxTriggerDates, textLimits } from '../../../shared/api/limits.ts';
import type { SetDraft } from './draft.ts';
import { emptyRow, type TriggerRow } from './trigger-rows.ts';
import '../../ui/field.css';
import './reminders.css';

/** Days that may hurt (a birthday, an anniversary): rows to add and remove, each yearly or once. */
export function TriggerDates({ rows, set }: { rows: TriggerRow[]; set: SetDraft }) {
  const list = useRef<HTMLDivElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<number | 'add'>();
  // A new row takes the focus, so typing its name can start at once; a removed one gives it to "Add".
  useEffect(() => {
    if (focus === undefined) return;
    if (focus === 'add') add.current?.focus();
    else list.current?.querySelector<HTMLInputElement>(`[data-key="${focus}"] input`)?.focus();
    setFocus(undefined);
  }, [focus]);
  const change = (key: number, patch: Partial<TriggerRow>) =>
    set({ rows: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const remove = (key: number) => {
    set({ rows: rows.filter((r) => r.key !== key) });
    setFocus('add');
  };
  const addRow = () => {
    const row = emptyRow();
    set({ rows: [...rows, row] });
    setFocus(row.key);
  };

  return (
    <section className="card" aria-labelledby="dates-title">
      <h2 id="dates-title">Hard dates</h2>
      <p className="hint" id="dates-hint">
        Days that may hurt, like her birthday or your anniversary. The evening before, at {slotTimes.evening},
        you get a heads-up and a thought for the day.
      </p>
      <div ref={list}>
        {rows.map((row, i) => (
          <fieldset key={row.key} className="trigger-row" data-key={row.key}>
            <legend className="sr-only">Hard date {i + 1}</legend>
            <div className="field">
              <label htmlFor={`trigger-${row.key}-label`}>Name</label>
              <input
                id={`trigger-${row.key}-label`}
                type="text"
                placeholder="like his birthday"
                maxLength={textLimits.triggerLabel}
                value={row.label}
                onChange={(e) => change(row.key, { label: e.currentTarget.value })}
              />
            </div>
            <div className="trigger-when">
              <div className="field">
                <label htmlFor={`trigger-${row.key}-date`}>Date</label>
                <input
                  id={`trigger-${row.key}-date`}
                  type="date"
                  value={row.date}
                  onChange={(e) => change(row.key, { date: e.currentTarget.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`trigger-${row.key}-repeat`}>How often</label>
                <select
                  id={`trigger-${row.key}-repeat`}
                  value={row.yearly ? 'yearly' : 'once'}
                  onChange={(e) => change(row.key, { yearly: e.currentTarget.value === 'yearly' })}
                >
                  <option value="yearly">Every year</option>
                  <option value="once">Only once</option>
                </select>
              </div>
            </div>
            <button type="button" className="button small" onClick={() => remove(row.key)}>
              Remove<span className="sr-only"> {row.label.trim() || `hard date ${i + 1}`}</span>
            </button>
          </fieldset>
        ))}
      </div>
      {rows.length < maxTriggerDates ? (
        <button ref={add} type="button" className="button quiet" onClick={addRow}>
          Add a date
        </button>
      ) : (
        <p>That is the most Rekindle keeps: {maxTriggerDates} dates.</p>
      )}
    </section>
  );
}
