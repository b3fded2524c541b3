import type { ReactNode } from 'react';

type Props = {
  pending: boolean;
  busyLabel: string;
  kind?: 'primary' | 'quiet' | 'small';
  disabled?: boolean;
  children: ReactNode;
};

/** A form's submit button: while the request runs it says what is happening and cannot be pressed twice. */
export function SubmitButton({ pending, busyLabel, kind = 'primary', disabled = false, children }: Props) {
  return (
    <button type="submit" className={`button ${kind}`} disabled={pending || disabled} aria-busy={pending}>
      {pending ? busyLabel : children}
    </button>
  );
}
