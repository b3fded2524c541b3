import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { daysToMilestone } from '../../../core/program/counter.ts';
import type { DayCounter } from '../../../core/program/plan.ts';
import type { Today } from '../../../shared/api/program.ts';
import { useToday } from '../../api/today.tsx';
import { formatDay, plural } from '../../content/format.ts';
import {
  contactOpensSentence,
  gateLabel,
  stageCopy,
  stageSentence,
  waitLongerSentence,
} from '../../content/stages.ts';
import { CheckItem } from '../../ui/check-item.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { PinnedCare } from '../../ui/pinned-care.tsx';
import { SafetyNotice } from '../../ui/safety-notice.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { MilestoneNote } from './milestone-note.tsx';

type HealingDays = Extract<DayCounter, { kind: 'healing' }>;

/** Today: where you are in one sentence, one next step, the counter, and what stands before the next stage. */
export function TodayScreen() {
  const today = useToday();
  const [, navigate] = useLocation();
  // The day may have turned since the plan was loaded: Today always shows today. A plan that came
  // in the last minute (as on opening the app) is today's already; one on its way will be.
  const { reload } = today;
  const loadedAt = today.state.status === 'ready' ? today.state.at : undefined;
  useEffect(() => {
    if (loadedAt !== undefined && Date.now() - loadedAt > 60_000) reload();
  }, [reload]);
  const noProgram = today.state.status === 'error' && today.state.error.code === 'no_program';
  useEffect(() => {
    if (noProgram) navigate('/onboarding', { replace: true });
  }, [noProgram, navigate]);

  return (
    <SignedInPage>
      <h1>Today</h1>
      {today.state.status === 'loading' && <DelayedProgress label="Getting your day ready…" />}
      {today.state.status === 'error' && !noProgram && (
        <LoadError error={today.state.error} retry={today.reload} />
      )}
      {today.state.status === 'ready' && <TodayPlan plan={today.state.data} />}
    </SignedInPage>
  );
}

function TodayPlan({ plan }: { plan: Today }) {
  return (
    <>
      <PinnedCare />
      {plan.safety.concern && !plan.safety.confirmed && <SafetyNotice kind="abuse" compact />}
      <p className="lead stage-sentence">{stageSentence(plan)}</p>
      {waitLongerSentence(plan) && <p className="notice">{waitLongerSentence(plan)}</p>}
      <Link href={plan.nextAction.href} className="button primary next-action">
        {plan.nextAction.title}
      </Link>

      <Counter plan={plan} />

      {plan.gates.length > 0 && (
        <section className="card" aria-labelledby="gates-title">
          <h2 id="gates-title">Before the next step</h2>
          <ul className="checklist">
            {plan.gates.map((gate) => (
              <CheckItem key={gate.id} met={gate.met}>
                {gateLabel(gate.id)}
                {gate.opensOn && <span className="when"> · from {formatDay(gate.opensOn, plan.today)}</span>}
                {gate.missing.map((m) => (
                  <span key={m} className="missing">
                    {m}
                  </span>
                ))}
              </CheckItem>
            ))}
          </ul>
        </section>
      )}

      <section className="lesson" aria-labelledby="lesson-title">
        <h2 id="lesson-title">{stageCopy[plan.stage].name}: worth knowing</h2>
        {stageCopy[plan.stage].lesson.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      <p className="quiet-links">
        <Link href="/roadmap">See your whole road</Link>
        {plan.stage !== 'moving_on' && <Link href="/move-on">Move on instead</Link>}
        {plan.movingOnReason === 'chosen' && <Link href="/move-on">Changed your mind?</Link>}
        <Link href="/onboarding">Change your details</Link>
      </p>
    </>
  );
}

/** The counter core chose for this stage (`plan.counter`): the same number the No-contact page shows. */
function Counter({ plan }: { plan: Today }) {
  const { counter, noContact } = plan;
  if (!counter) return null;
  if (counter.kind === 'healing') return <HealingCounter plan={plan} counter={counter} />;
  const opens = contactOpensSentence(plan);
  const suggestion =
    noContact.recommendedDays > noContact.minimumDays
      ? `Minimum ${plural(noContact.minimumDays, 'day')}; for you we suggest ${plural(noContact.recommendedDays, 'day')}.`
      : `Minimum ${plural(noContact.minimumDays, 'day')}.`;
  return (
    <section className="card counter" aria-labelledby="counter-title">
      <h2 id="counter-title">No contact</h2>
      <p className="counter-number">
        <span className="big">{counter.days}</span> {counter.days === 1 ? 'day' : 'days'}
      </p>
      <MilestoneNote days={counter.days} milestones={counter.milestones} />
      <p>
        {suggestion}
        {counter.totalDays !== counter.days && ` ${plural(counter.totalDays, 'day')} kept in all.`}
      </p>
      {opens && <p className="opens">{opens}</p>}
      {noContact.limitedContact && (
        <p className="hint">
          Because contact has to continue, keep it to brief, friendly, practical messages: nothing about the
          relationship.
        </p>
      )}
      <p>
        <Link href="/no-contact">Your no-contact record</Link>
      </p>
    </section>
  );
}

/** While moving on: days since the last contact of any kind, and milestones. */
function HealingCounter({ plan, counter }: { plan: Today; counter: HealingDays }) {
  const { days } = counter;
  return (
    <section className="card counter" aria-labelledby="counter-title">
      <h2 id="counter-title">Time for yourself</h2>
      <p className="counter-number">
        <span className="big">{days}</span> {days === 1 ? 'day' : 'days'}
      </p>
      <p>since your last contact with {plan.ex.name}.</p>
      <ul className="checklist" aria-label="Healing milestones">
        {counter.milestones.map((m) => (
          <CheckItem key={m.days} met={m.reached} done="" open="">
            {m.days} days{m.reached ? ': reached' : `: ${plural(daysToMilestone(m, days), 'day')} to go`}
          </CheckItem>
        ))}
      </ul>
    </section>
  );
}
