import { useState } from 'react';
import { Link } from 'wouter';
import type { DarkThoughts, Decision } from '../../../core/program/facts.ts';
import { isFullCheckDue } from '../../../core/program/full-check.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import type { Today } from '../../../shared/api/program.ts';
import { enqueue, sendNow } from '../../api/outbox.ts';
import { useSession } from '../../api/session.tsx';
import { useToday } from '../../api/today.tsx';
import { formatDay } from '../../content/format.ts';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { PinnedCare } from '../../ui/pinned-care.tsx';
import { SafetyNotice } from '../../ui/safety-notice.tsx';
import { ScoreSlider } from '../../ui/score-slider.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

// Modelled on brief suicide-risk screening (one direct question asked kindly); our own words.
const darkThoughtOptions: ChoiceOption<DarkThoughts>[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

const wantBackOptions: ChoiceOption<Decision>[] = [
  { value: 'yes', label: 'Yes, I still want to try' },
  { value: 'not_sure', label: 'I am not sure' },
  { value: 'no', label: 'No, I want to move on' },
];

type Scores = { mood: number; sad: number; desperate: number; steady: number };

/** The four scores, each with its words at the ends of its scale (mood starts at 1). */
const scales: { key: keyof Scores; label: string; min?: number; low: string; high: string }[] = [
  { key: 'mood', label: 'Overall mood', min: 1, low: 'very low', high: 'very good' },
  { key: 'sad', label: 'How sad do you feel?', low: 'not at all', high: 'very' },
  { key: 'desperate', label: 'How desperate or anxious?', low: 'calm', high: 'frantic' },
  { key: 'steady', label: 'How steady and strong?', low: 'shaky', high: 'solid' },
];

/** The 20-second daily check-in; before contact it is the full check that re-asks "do I want them back?". */
export function CheckinScreen() {
  const today = useToday();
  const plan = today.state.status === 'ready' ? today.state.data : undefined;
  const [scores, setScores] = useState<Scores>({ mood: 5, sad: 5, desperate: 5, steady: 5 });
  const [wantBack, setWantBack] = useState<Decision>();
  const [note, setNote] = useState('');
  const [darkThoughts, setDarkThoughts] = useState<DarkThoughts>();
  const [result, setResult] = useState<'saved' | 'saved_daily'>();
  // Saved without a network: it waits on this device (api/outbox.ts) and is sent by itself.
  const [waiting, setWaiting] = useState(false);
  const { state: session } = useSession();
  const fullCheck = plan !== undefined && isFullCheckDue(plan);
  const set = (key: keyof Scores) => (value: number) => setScores((s) => ({ ...s, [key]: value }));
  const { pending, error, onSubmit } = useSubmit(async () => {
    if (session.status !== 'signed-in') throw new Error('Please sign in again to save your check-in.');
    const userId = session.user.id;
    const { item, kept } = enqueue(userId, '/checkins', {
      ...scores,
      note,
      ...(wantBack ? { wantBack } : {}),
      ...(darkThoughts ? { darkThoughts } : {}),
      at: new Date().toISOString(),
    });
    // Refused (a 4xx), this throws: the form, with its answers, stays on screen.
    const sent = await sendNow(userId, item, kept);
    if (sent.status === 'sent') today.reload();
    else window.dispatchEvent(new Event('rekindle:outbox-queued'));
    setWaiting(sent.status === 'waiting');
    setResult(fullCheck && !wantBack ? 'saved_daily' : 'saved');
  });

  if (result) {
    return (
      <SignedInPage>
        <h1>Thank you for checking in</h1>
        {darkThoughts === 'yes' && <PinnedCare />}
        {waiting && (
          <p className="notice" role="status">
            No network just now, so your check-in is saved on this device. It will be sent by itself when you
            are back online.
          </p>
        )}
        {waiting ? null : result === 'saved_daily' && plan ? (
          <p role="status">
            Saved as a daily check-in. It does not count toward opening contact, because the question about{' '}
            {plan.ex.name} was left open. Answer it in a later check-in, whenever you are ready.
          </p>
        ) : plan ? (
          <CheckinResult plan={plan} />
        ) : (
          <p role="status">Saved.</p>
        )}
        <p className="quiet-links">
          <Link href="/today">Back to Today</Link>
          <Link href="/progress">See how you have been</Link>
        </p>
      </SignedInPage>
    );
  }
  return (
    <SignedInPage>
      <form onSubmit={onSubmit} noValidate aria-labelledby="checkin-title">
        <h1 id="checkin-title">How are you, right now?</h1>
        <p className="lead">Twenty seconds. There are no right answers, only honest ones.</p>
        {scales.map(({ key, ...scale }) => (
          <ScoreSlider key={key} {...scale} value={scores[key]} onChange={set(key)} />
        ))}
        {fullCheck && plan && (
          <ChoiceGroup
            legend={`Do you still want ${plan.ex.name} back?`}
            hint="Before any contact, we ask this again, with a calmer head than on day one."
            options={wantBackOptions}
            value={wantBack}
            onChange={setWantBack}
          />
        )}
        {fullCheck && plan && !wantBack && (
          <p className="hint after-choices">
            Left unanswered, this is saved as a daily check-in: it will not count toward opening contact.
          </p>
        )}
        <ChoiceGroup
          legend="In the past few weeks, have you had thoughts that you would be better off dead, or of ending your life?"
          hint="Optional, and only for you. If the answer is yes, Rekindle will show you help straight away."
          options={darkThoughtOptions}
          value={darkThoughts}
          onChange={setDarkThoughts}
        />
        {darkThoughts === 'yes' && (
          <>
            <p className="notice">
              Thank you for telling us. You deserve support with this, today. The lines below are free and
              confidential, and your <Link href="/safety-plan">safety plan</Link> is there for you too.
            </p>
            <SafetyNotice kind="crisis" compact />
          </>
        )}
        <TextField
          label="A note for yourself (optional)"
          maxLength={textLimits.note}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormFooter error={error} pending={pending}>
          Save my check-in
        </FormFooter>
      </form>
    </SignedInPage>
  );
}

/** What the check means for the plan, in one calm sentence (from the refreshed plan). */
function CheckinResult({ plan }: { plan: Today }) {
  const { state } = useToday();
  const fresh = state.status === 'ready' ? state.data : plan;
  if (fresh.stage === 'first_contact') {
    return (
      <p role="status">You are steady. If you still want to, you can write one short, friendly message.</p>
    );
  }
  if (fresh.stage === 'moving_on') {
    return <p role="status">You chose to move on. Rekindle will help you heal, one day at a time.</p>;
  }
  if (fresh.checkAgainOn) {
    return (
      <p role="status">
        It still hurts, and that is all right. Give it more time, and check in again on{' '}
        {formatDay(fresh.checkAgainOn, fresh.today)}.
      </p>
    );
  }
  return <p role="status">Saved. Small, honest check-ins add up to a clear picture.</p>;
}
