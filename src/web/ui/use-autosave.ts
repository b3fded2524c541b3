import { useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'saving' | 'saved' | { error: string };

/**
 * Saves `value` a moment after the person stops typing. What they typed stays on screen whatever
 * the server says; a failed save says so and is retried on the next change.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  enabled: boolean,
  delayMs = 800,
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const first = useRef(true);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (first.current || !enabled) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      setStatus('saving');
      saveRef.current(value).then(
        () => setStatus('saved'),
        (e: unknown) => setStatus({ error: e instanceof Error ? e.message : String(e) }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, enabled, delayMs]);
  return status;
}

export function describeSave(status: SaveStatus): string {
  if (status === 'saving') return 'Saving…';
  if (status === 'saved') return 'Saved.';
  if (status === 'idle') return '';
  return `Not saved: ${status.error}`;
}
