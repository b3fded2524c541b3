import { Link } from 'wouter';
import type { Progress } from '../../../shared/api/no-contact.ts';
import { useApi } from '../../api/use-api.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { CalendarStrip } from './calendar-strip.tsx';
import { MoodChart } from './mood-chart.tsx';

/** Progress pictures: mood and cravings over 8 weeks, and the no-contact calendar. */
export default function ProgressScreen() {
  const progress = useApi<Progress>('/progress?days=56');
  return (
    <SignedInPage>
      <h1>How you have been</h1>
      {progress.state.status === 'loading' && <DelayedProgress label="Drawing your progress…" />}
      {progress.state.status === 'error' && (
        <LoadError error={progress.state.error} retry={progress.reload} />
      )}
      {progress.state.status === 'ready' && (
        <>
          <p className="lead" id="progress-summary">
            {progress.state.data.summary}
          </p>
          <section className="card" aria-labelledby="chart-title">
            <h2 id="chart-title">Mood and cravings, last 8 weeks</h2>
            <MoodChart days={progress.state.data.days} />
            <p className="hint">
              Solid line: mood (1 to 10). Dashed line: the strongest craving of the day (0 to 10).
            </p>
          </section>
          <section className="card" aria-labelledby="strip-title">
            <h2 id="strip-title">Your days</h2>
            <CalendarStrip days={progress.state.data.days} />
            <p className="hint">
              Filled: a day of no contact. Crossed: a day you reached out. A dot: a day with an urge you rode
              out.
            </p>
          </section>
          <p className="quiet-links">
            <Link href="/checkin">Check in now</Link>
            <Link href="/no-contact">Your no-contact record</Link>
          </p>
        </>
      )}
    </SignedInPage>
  );
}
