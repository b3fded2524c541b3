import { Link } from 'wouter';
import type { Today } from '../../../shared/api/program.ts';
import { useToday } from '../../api/today.tsx';
import { formatDay } from '../../content/format.ts';
import { roadStep } from '../../content/stages.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import './roadmap-screen.css';

const statusText = {
  done: 'Done',
  current: 'You are here',
  ongoing: 'Alongside, every day',
  upcoming: 'Ahead',
  skipped: 'Skipped',
} as const;

/** The whole program as a vertical timeline for the person's scenario, with dates; each step opens its screen. */
export function RoadmapScreen() {
  const today = useToday();
  return (
    <SignedInPage>
      <h1>Your road</h1>
      {today.state.status === 'loading' && <DelayedProgress label="Drawing your road…" />}
      {today.state.status === 'error' && <LoadError error={today.state.error} retry={today.reload} />}
      {today.state.status === 'ready' && <Timeline plan={today.state.data} />}
    </SignedInPage>
  );
}

function Timeline({ plan }: { plan: Today }) {
  const current = plan.roadmap.find((s) => s.status === 'current');
  return (
    <>
      <p className="lead">
        {current ? `You are at: ${roadStep(current.id).name}. ` : ''}Each step opens when you are ready, not
        only when the calendar says so. Moving on is always an option.
      </p>
      <ol className="timeline">
        {plan.roadmap.map((stage) => {
          const step = roadStep(stage.id);
          return (
            <li
              key={stage.id}
              className={`timeline-item ${stage.status}`}
              aria-current={stage.status === 'current' ? 'step' : undefined}
            >
              <span className="dot" aria-hidden="true" />
              <div>
                <h2>
                  <Link href={step.href}>{step.name}</Link>
                </h2>
                <p className="status">
                  {statusText[stage.status]}
                  {stage.on &&
                    (stage.estimated
                      ? ` · around ${formatDay(stage.on, plan.today)} at the earliest`
                      : ` · ${stage.status === 'upcoming' ? 'from' : 'since'} ${formatDay(stage.on, plan.today)}`)}
                </p>
                <p>{step.summary}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
