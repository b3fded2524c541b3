import { useId } from 'react';
import './choice-group.css';

export type ChoiceOption<T extends string> = { value: T; label: string; hint?: string };

type Props<T extends string> = {
  legend: string;
  hint?: string;
  options: readonly ChoiceOption<T>[];
  /** T comes from `options`; NoInfer keeps a wider setter from widening it to string. */
  value: NoInfer<T> | null | undefined;
  onChange(value: NoInfer<T>): void;
  name?: string;
};

/** A radio group drawn as large, tappable cards; a real fieldset with a legend for screen readers. */
export function ChoiceGroup<T extends string>({ legend, hint, options, value, onChange, name }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="choices" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className={`choice${value === option.value ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name ?? id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="choice-label">{option.label}</span>
            {option.hint && <span className="choice-hint">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** `value` and `onChange` for a ChoiceGroup that answers one field of a draft (a form's answers so far). */
export function choiceOf<D, K extends keyof D>(draft: D, set: (patch: Pick<D, K>) => void, key: K) {
  const onChange = (value: D[K]) => {
    const patch = {} as Pick<D, K>;
    patch[key] = value;
    set(patch);
  };
  return { value: draft[key], onChange };
}
