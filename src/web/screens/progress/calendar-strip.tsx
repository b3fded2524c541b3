import type { ProgressDay } from '../../../shared/api/no-contact.ts';
import { formatDay } from '../../content/format.ts';
import './calendar-strip.css';

function describe(d: ProgressDay): string {
  const parts = [d.slip ? 'contact from you' : d.noContact ? 'no contact' : 'before no contact'];
  if (d.urges) parts.push(`${d.urges} urge${d.urges === 1 ? '' : 's'}`);
  return `${formatDay(d.day)}: ${parts.join(', ')}`;
}

/** One square per day: kept days filled, slips marked, a dot for each day with urges. */
export function CalendarStrip({ days }: { days: ProgressDay[] }) {
  return (
    <ol className="strip" aria-label="Each day, oldest first">
      {days.map((d) => (
        <li key={d.day} className={d.slip ? 'slip' : d.noContact ? 'kept' : 'none'} title={describe(d)}>
          <span className="sr-only">{describe(d)}</span>
          {d.urges > 0 && <span className="urge-dot" aria-hidden="true" />}
        </li>
      ))}
    </ol>
  );
}
