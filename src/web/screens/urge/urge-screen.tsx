import { useState } from 'react';
import { Link } from 'wouter';
import type { Trigger } from '../../../core/program/facts.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import { enqueue, sendNow } from '../../api/outbox.ts';
import { useSession } from '../../api/session.tsx';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { localTimeNow } from '../../content/format.ts';
import { CheckerReading } from '../../ui/checker-reading.tsx';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { LiveCare, useLiveCare } from '../../ui/live-care.tsx';
import { PinnedCare } from '../../ui/pinned-care.tsx';
import { ScoreSlider } from '../../ui/score-slider.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { CalmDown } from './calm-down.tsx';

const triggerOptions: ChoiceOption<Trigger>[] = [
  { value: 'night', label: 'It is late at night' },
  { value: 'alcohol', label: 'I have been drinking' },
  { value: 'memory', label: 'A memory came back' },
  { value: 'their_post', label: 'I saw something they posted' },
  { value: 'other', label: 'Something else' },
];

type Step = 'write' | 'wait' | 'log' | 'done';

/** "I want to text them": write it here instead, wait it out, then log it. Nothing is ever sent. */
export function UrgeScreen() {
  const plan = usePlan();
  const today = useToday();
  const problems = useApi('/problems');
  const reflection = useApi('/reflection');
  const [step, setStep] = useState<Step>('write');
  // Kept on the device as it is typed (leaving before "Log it" loses nothing), and logged through
  // the outbox: without a network the urge waits on this phone and is sent when it is back.
  const [draft, setDraft, forgetDraft] = useDeviceDraft('urge', '');
  const [intensity, setIntensity] = useState(7);
  const [trigger, setTrigger] = useState<Trigger>();
  const [note, setNote, forgetNote] = useDeviceDraft('urge-note', '');
  const [waiting, setWaiting] = useState(false);
  const { state: session } = useSession();
  const name = plan?.ex.name ?? 'them';
  // Help found in the draft stays through every step until it is answered, and takes the place
  // of the coaching and the craving wait: this is not the moment for either.
  const care = useLiveCare([draft, note]);
  const inCrisis = care.crisis || plan?.safety.selfHarm === true;

  const reasons = [
    ...(problems.state.status === 'ready' ? problems.state.data.slice(0, 3).map((p) => p.text) : []),
    ...(reflection.state.status === 'ready' && reflection.state.data.selfWork
      ? [`What I want to work on: ${reflection.state.data.selfWork}`]
      : []),
  ];
  const log = useSubmit(async () => {
    if (!trigger) throw new Error('Choose what set it off, even roughly.');
    if (session.status !== 'signed-in') throw new Error('Please sign in again to log this urge.');
    const userId = session.user.id;
    const at = new Date().toISOString();
    const { item, kept } = enqueue(userId, '/urges', { intensity, trigger, draft, note, at });
    const sent = await sendNow(userId, item, kept);
    forgetDraft();
    forgetNote();
    setWaiting(sent.status === 'waiting');
    if (sent.status === 'sent') today.reload();
    else window.dispatchEvent(new Event('rekindle:outbox-queued'));
    setStep('done');
  });

  return (
    <SignedInPage>
      <PinnedCare />
      <LiveCare care={care} pinnedHere />
      {step === 'write' && (
        <section aria-labelledby="write-title">
          <h1 id="write-title">Write it here instead</h1>
          <p className="lead">
            Say everything you want to say to {name}. It stays here. Rekindle never sends anything.
          </p>
          <TextArea
            label={`What you want to tell ${name}`}
            hint="Only you see this. Rekindle reads it, in English, for signs you may need support."
            rows={6}
            maxLength={textLimits.urgeDraft}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          {inCrisis && (
            // The card sits above the text box, so under a phone's keyboard the way to help is
            // here too, where the coaching would be.
            <p className="notice safety care-inline">
              Help is here whenever you want it: <Link href="/help">Get help now</Link>, free and
              confidential, any time.
            </p>
          )}
          {!inCrisis && (
            // Only once they are in touch again is a better-worded message worth suggesting.
            <CheckerReading
              text={draft}
              kind="first_text"
              localTime={localTimeNow()}
              forSending={plan?.stage === 'reconnect' || plan?.stage === 'talk'}
            />
          )}
          <button type="button" className="button primary" onClick={() => setStep(inCrisis ? 'log' : 'wait')}>
            {inCrisis
              ? 'Keep it here'
              : draft.trim()
                ? 'Keep it here, and breathe'
                : 'Skip writing, and breathe'}
          </button>
        </section>
      )}
      {step === 'wait' && !inCrisis && <CalmDown reasons={reasons} onDone={() => setStep('log')} />}
      {step === 'wait' && inCrisis && (
        <section aria-labelledby="pause-title">
          <h1 id="pause-title">Take the time you need</h1>
          <p>The help above stays here. When you are ready, you can note down this moment.</p>
          <button type="button" className="button" onClick={() => setStep('log')}>
            Go on
          </button>
        </section>
      )}
      {step === 'log' && (
        <form onSubmit={log.onSubmit} noValidate aria-labelledby="log-title">
          <h1 id="log-title">Log it</h1>
          <p>Noting the urge helps you see, over the weeks, that it comes less often and hurts less.</p>
          <ScoreSlider
            label="How strong was the urge?"
            value={intensity}
            low="barely there"
            high="overwhelming"
            onChange={setIntensity}
          />
          <ChoiceGroup
            legend="What set it off?"
            options={triggerOptions}
            value={trigger}
            onChange={setTrigger}
          />
          <TextField
            label="Anything else? (optional)"
            maxLength={textLimits.note}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <FormFooter error={log.error} pending={log.pending}>
            Log it
          </FormFooter>
        </form>
      )}
      {step === 'done' && (
        <section aria-labelledby="done-title">
          <h1 id="done-title">Logged</h1>
          <p className="lead" role="status">
            {inCrisis
              ? 'Noted. The help above stays here for as long as you need it.'
              : 'The wave came and you did not act on it. That is exactly how this gets easier.'}
          </p>
          {waiting && (
            <p className="notice" role="status">
              No network just now, so this urge is saved on this device. It will be added to your record by
              itself when you are back online.
            </p>
          )}
          {draft.trim() && <p>Your draft is kept with this urge. Only you can see it.</p>}
          <p className="quiet-links">
            <Link href="/today">Back to Today</Link>
            <Link href="/no-contact">See your no-contact record</Link>
          </p>
        </section>
      )}
    </SignedInPage>
  );
}
