import { useState } from 'react';
import { Link } from 'wouter';
import { progressDays } from '../../../shared/api/limits.ts';
import type { Progress } from '../../../shared/api/no-contact.ts';
import { useApi } from '../../api/use-api.ts';
import { triggerSummary } from '../../content/triggers.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { CalendarStrip } from './calendar-strip.tsx';
import { HardHours } from './hard-hours.tsx';
import { MoodChart } from './mood-chart.tsx';
import { type RangeDays, RangePicker, rangeName } from './range-picker.tsx';
import { TriggerBars } from './trigger-bars.tsx';

/** Progress pictures over a chosen range: mood and cravings, what set urges off, and the calendar. */
export default function ProgressScreen() {
  const [range, setRange] = useState<RangeDays>(progressDays.default);
  const progress = useApi(`/progress?days=${range}`);
  return (
    <SignedInPage>
      <h1>How you have been</h1>
      <RangePicker value={range} onChange={setRange} />
      {progress.state.status === 'loading' && <DelayedProgress label="Drawing your progress…" />}
      {progress.state.status === 'error' && (
        <LoadError error={progress.state.error} retry={progress.reload} />
      )}
      {progress.state.status === 'ready' && <Pictures data={progress.state.data} range={range} />}
    </SignedInPage>
  );
}

function Pictures({ data, range }: { data: Progress; range: RangeDays }) {
  return (
    <>
      <p className="lead" id="progress-summary">
        {data.summary}
      </p>
      <section className="card" aria-labelledby="chart-title">
        <h2 id="chart-title">Mood and cravings, {rangeName(range)}</h2>
        <MoodChart days={data.days} />
        <p className="hint">
          Solid line: mood (1 to 10). Dashed line: the strongest craving of the day (0 to 10).
        </p>
      </section>
      <section className="card" aria-labelledby="triggers-title">
        <h2 id="triggers-title">What set your urges off</h2>
        <p id="triggers-summary">{triggerSummary(data.triggers)}</p>
        {data.triggers.length > 0 && <TriggerBars triggers={data.triggers} />}
      </section>
      <section className="card" aria-labelledby="hours-title">
        <h2 id="hours-title">When urges come</h2>
        <HardHours byHour={data.byHour} hardHours={data.hardHours} />
      </section>
      <section className="card" aria-labelledby="strip-title">
        <h2 id="strip-title">Your days</h2>
        <CalendarStrip days={data.days} />
        <p className="hint">
          Filled: a day of no contact. Crossed: a day you reached out. A dot: a day with an urge you rode out.
        </p>
      </section>
      <p className="quiet-links">
        <Link href="/checkin">Check in now</Link>
        <Link href="/no-contact">Your no-contact record</Link>
      </p>
    </>
  );
}
