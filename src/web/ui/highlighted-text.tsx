import type { ReactNode } from 'react';
import './highlighted-text.css';

export type Highlight = { start: number; end: number; kind: 'good' | 'warn' };

/** The text with marked spans (overlaps resolved in favour of the earlier one). */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) parts.push(text.slice(at, h.start));
    parts.push(
      <mark key={h.start} className={h.kind}>
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  parts.push(text.slice(at));
  return <p className="highlighted">{parts}</p>;
}
