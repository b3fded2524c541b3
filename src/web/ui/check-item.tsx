import type { ReactNode } from 'react';
import './check-item.css';

/** One line of a checklist: a tick or an open circle, and words for screen readers saying which. */
export function CheckItem({
  met,
  done = 'Done: ',
  open = 'Still to do: ',
  children,
}: {
  met: boolean;
  done?: string;
  open?: string;
  children: ReactNode;
}) {
  return (
    <li className={met ? 'met' : 'open'}>
      <span className="mark" aria-hidden="true">
        {met ? '✓' : '○'}
      </span>
      <span>
        <span className="sr-only">{met ? done : open}</span>
        {children}
      </span>
    </li>
  );
}
