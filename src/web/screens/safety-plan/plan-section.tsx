import { type ReactNode, useId } from 'react';
import { textLimits } from '../../../shared/api/limits.ts';
import '../../ui/field.css';
import './safety-plan-screen.css';

/** Shown only near the limit, so a long section is never cut off without a word. */
const warnWithin = 300;

/** One section of the plan: its heading is the label of its text box, with the guidance read out too. */
export function PlanSection({
  step,
  title,
  guidance,
  extra,
  below,
  value,
  onChange,
}: {
  step: number;
  title: string;
  guidance: string;
  extra?: ReactNode;
  below?: ReactNode;
  value: string;
  onChange(text: string): void;
}) {
  const id = useId();
  const left = textLimits.safetyPlanSection - value.length;
  return (
    <section className="card plan-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="plan-title">
        <span className="plan-step" aria-hidden="true">
          {step}
        </span>
        <label htmlFor={id}>{title}</label>
      </h2>
      <div className="field">
        <p id={`${id}-hint`} className="hint">
          {guidance}
        </p>
        {extra}
        <textarea
          id={id}
          rows={4}
          maxLength={textLimits.safetyPlanSection}
          aria-describedby={left <= warnWithin ? `${id}-hint ${id}-left` : `${id}-hint`}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {left <= warnWithin && (
          <p id={`${id}-left`} className="hint">
            {left.toLocaleString('en')} characters left in this section.
          </p>
        )}
        {below}
      </div>
    </section>
  );
}
