import { useId } from 'react';
import './field.css';
import './score-slider.css';

type Props = {
  label: string;
  value: number;
  min?: number;
  max?: number;
  low: string;
  high: string;
  onChange(value: number): void;
};

/** A 0–10 (or 1–10) scale with its words at each end; the number is announced as it moves. */
export function ScoreSlider({ label, value, min = 0, max = 10, low, high, onChange }: Props) {
  const id = useId();
  return (
    <div className="field slider">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-valuetext={`${value} (${min} is ${low}, ${max} is ${high})`}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <span className="ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </span>
    </div>
  );
}
