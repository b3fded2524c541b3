import type { Progress } from '../../../shared/api/no-contact.ts';
import { triggerNames } from '../../content/triggers.ts';
import './trigger-bars.css';

/** What set the urges off, as bars with their counts written out: the list itself is the text. */
export function TriggerBars({ triggers }: { triggers: Progress['triggers'] }) {
  const most = Math.max(1, ...triggers.map((t) => t.count));
  return (
    <ul className="trigger-bars" aria-describedby="triggers-summary">
      {triggers.map((t) => (
        <li key={t.trigger}>
          <span className="trigger-name">{triggerNames[t.trigger]}</span>
          <span className="trigger-bar" aria-hidden="true">
            <span style={{ width: `${(t.count / most) * 100}%` }} />
          </span>
          <span className="trigger-count">{t.count}</span>
        </li>
      ))}
    </ul>
  );
}
