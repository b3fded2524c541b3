import { type ReactNode, useId } from 'react';
import './reminders.css';

type Props = {
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange(on: boolean): void;
  disabled?: boolean;
  /** What belongs to this switch (a time, a note), shown under it. */
  children?: ReactNode;
};

/** One setting that is on or off: a labelled switch with a plain line saying what it does. */
export function SwitchRow({ label, hint, checked, onChange, disabled = false, children }: Props) {
  const id = useId();
  return (
    <div className="switch-row">
      <div className="switch-line">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={checked}
          className="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

/** A way this server cannot send reminders: the switch stays off and disabled, and says why. */
export function UnavailableRow({ label, why }: { label: string; why: string }) {
  return <SwitchRow label={label} hint={why} checked={false} disabled onChange={() => {}} />;
}
