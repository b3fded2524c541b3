import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field.tsx';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { label: string; hint?: string };

/** A labelled, growing text box; the hint is announced with it. */
export function TextArea({ label, hint, ...area }: Props) {
  return <Field label={label} hint={hint} hintFirst control={(ids) => <textarea {...ids} {...area} />} />;
}
