import { type FormEvent, useState } from 'react';

/**
 * Form submission state: pending while the request runs, and the server's message when it says
 * no. Inputs are owned by the form, so nothing the person typed is cleared on an error.
 */
export function useSubmit(action: () => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong. Please try again.');
    } finally {
      setPending(false);
    }
  };
  return { pending, error, onSubmit };
}
