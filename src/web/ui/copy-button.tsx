import { useState } from 'react';
import './copy-button.css';

/**
 * Copies a text for the person to paste into their own messages app (Rekindle sends nothing),
 * and says so; where the browser refuses (no clipboard over plain http), it says to select it.
 */
export function CopyButton({ text, label = 'Copy the message' }: { text: string; label?: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied. Paste it into your own messages app when you are ready.');
    } catch {
      setSaid('This browser would not copy it: select the text above and copy it by hand.');
    }
  };
  return (
    <p className="copy-row">
      <button type="button" className="button small" onClick={copy} disabled={!text.trim()}>
        {label}
      </button>
      <span role="status" className="hint">
        {said}
      </span>
    </p>
  );
}
