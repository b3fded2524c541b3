import { type ReactNode, useId } from 'react';
import './field.css';

type Ids = { id: string; 'aria-describedby': string | undefined };

/**
 * A labelled form control with an optional hint, announced with it: the control is drawn by
 * `control` with the ids that tie them together. The hint stands above the control or below it.
 */
export function Field({
  label,
  hint,
  hintFirst = false,
  control,
}: {
  label: string;
  hint?: string;
  hintFirst?: boolean;
  control(ids: Ids): ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const hintLine = hint && (
    <p id={hintId} className="hint">
      {hint}
    </p>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hintFirst && hintLine}
      {control({ id, 'aria-describedby': hintId })}
      {!hintFirst && hintLine}
    </div>
  );
}
