import { textLimits } from '../../shared/api/limits.ts';
import { PastDayField, TextField } from './text-field.tsx';

type Props = { what: string; onWhat(what: string): void; on: string; onOn(on: string): void };

/** What the person did, and the day they did it: the heart of a form that logs a thing done. */
export function WhatAndWhen({ what, onWhat, on, onOn }: Props) {
  return (
    <>
      <TextField
        label="What did you do?"
        maxLength={textLimits.whatYouDid}
        value={what}
        onChange={(e) => onWhat(e.currentTarget.value)}
      />
      <PastDayField label="When" value={on} onChange={onOn} />
    </>
  );
}
