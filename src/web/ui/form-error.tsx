import './form-error.css';
/** The server's message, read out as soon as it appears. Renders an empty live region otherwise. */
export function FormError({ message }: { message: string | undefined }) {
  return (
    <div role="alert" className={message ? 'form-error' : undefined}>
      {message}
    </div>
  );
}
