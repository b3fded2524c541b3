import { browserTimeZone } from '../../content/format.ts';
import './reminders.css';

/** "Europe/Berlin" as people say it: "Berlin time"; UTC stays UTC. */
export function zoneInWords(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return `${(zone.split('/').pop() ?? zone).replaceAll('_', ' ')} time`;
}

function timeIn(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
      new Date(),
    );
  } catch {
    return undefined;
  }
}

type Props = { zone: string; onUse(zone: string): void };

/** The zone reminders keep to, in plain words, and this device's when it is another one. */
export function TimeZoneNote({ zone, onUse }: Props) {
  const device = browserTimeZone();
  const now = timeIn(zone);
  return (
    <section className="card" aria-labelledby="zone-title">
      <h2 id="zone-title">Time zone</h2>
      <p>
        The times here are {zoneInWords(zone)}
        {now ? `, where it is ${now} now` : ''}.
      </p>
      {device !== zone && (
        <p className="channel-note">
          This device is on {zoneInWords(device)}.{' '}
          <button type="button" className="button small" onClick={() => onUse(device)}>
            Use {zoneInWords(device)}
          </button>
        </p>
      )}
    </section>
  );
}
