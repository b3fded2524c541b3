import { useEffect, useState } from 'react';
import './delayed-progress.css';

/** Shows a calm "loading" line only if the wait passes 300 ms, so fast loads don't flicker. */
export function DelayedProgress({ label }: { label: string }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="progress" role="status" aria-live="polite">
      {visible && (
        <>
          <span className="spinner" aria-hidden="true" />
          {label}
        </>
      )}
    </div>
  );
}
