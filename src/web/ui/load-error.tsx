import type { RequestError } from '../api/client.ts';

/** A failed load: the server's own message and a way to try again. */
export function LoadError({ error, retry }: { error: RequestError; retry(): void }) {
  return (
    <div className="notice">
      <p role="alert">{error.message}</p>
      <button type="button" className="button quiet" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
