import type { ReactNode } from 'react';
import { FormError } from './form-error.tsx';
import { SubmitButton } from './submit-button.tsx';

type Props = {
  error: string | undefined;
  pending: boolean;
  /** What the button says while the request runs. */
  busyLabel?: string;
  kind?: 'primary' | 'quiet' | 'small';
  disabled?: boolean;
  /** What was done, said once it is done (a live status line under the button), if anything. */
  done?: string;
  children: ReactNode;
};

/** The end of a form: the server's message when it says no, the submit button, and what was done. */
export function FormFooter({ error, done, busyLabel = 'Saving…', children, ...button }: Props) {
  return (
    <>
      <FormError message={error} />
      <SubmitButton busyLabel={busyLabel} {...button}>
        {children}
      </SubmitButton>
      {done !== undefined && (
        <p role="status" className="saved">
          {done}
        </p>
      )}
    </>
  );
}

/**
 * Save, and beside it a live line saying what became of what was typed ("Saved.", "Not saved
 * yet."). The server's message, when it says no, stands above it (FormError).
 */
export function SaveRow({
  pending,
  kind,
  said,
  className = 'actions',
  children,
}: {
  pending: boolean;
  kind?: 'primary' | 'small';
  said: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <SubmitButton pending={pending} busyLabel="Saving…" kind={kind}>
        {children}
      </SubmitButton>
      <span role="status" className="saved">
        {said}
      </span>
    </div>
  );
}
