import { hardHoursMinUrges } from '../../../core/progress/progress.ts';
import type { Progress } from '../../../shared/api/no-contact.ts';
import './hard-hours.css';

const clock = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** When urges come, in one sentence: "Most of your urges come between 22:00 and 01:00 (5 of 8)." */
export function hardHoursSummary(byHour: number[], hardHours: Progress['hardHours']): string {
  const total = byHour.reduce((n, c) => n + c, 0);
  if (total === 0) return 'No urges logged in these days.';
  if (hardHours) {
    const { from, to, count } = hardHours;
    return `Most of your urges come between ${clock(from)} and ${clock(to)} (${count} of ${total}).`;
  }
  if (total < hardHoursMinUrges) return 'Once a few urges are logged, this shows the hours they come most.';
  return 'Your urges come at different times of day: no one time stands out.';
}

/** Urges by the hour of the day, with the summary as its text and, for hard hours, a gentle plan. */
export function HardHours({ byHour, hardHours }: Pick<Progress, 'byHour' | 'hardHours'>) {
  const most = Math.max(1, ...byHour);
  return (
    <>
      <p id="hours-summary">{hardHoursSummary(byHour, hardHours)}</p>
      {hardHours && (
        <p>
          A plan for those hours: before {clock(hardHours.from)}, put your phone on charge in another room,
          and have something ready for your hands (a shower, a walk, a show). If the wave comes anyway, the
          urge button is one tap away: ninety seconds, and it passes.
        </p>
      )}
      {byHour.some((c) => c > 0) && (
        <div aria-hidden="true">
          <div className="hour-bars">
            {byHour
              .map((count, hour) => ({ count, hour }))
              .map((h) => (
                <span key={h.hour} style={{ height: `${(h.count / most) * 100}%` }} />
              ))}
          </div>
          <div className="hour-axis">
            <span>00:00</span>
            <span>06:00</span>
            <span>12:00</span>
            <span>18:00</span>
            <span>24:00</span>
          </div>
        </div>
      )}
    </>
  );
}
