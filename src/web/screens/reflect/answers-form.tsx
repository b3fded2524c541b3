import { useState } from 'react';
import type { Answer, Decision, Reason, Scenario } from '../../../core/program/facts.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import type { ReflectionInput } from '../../../shared/api/program.ts';
import type { Reflection } from '../../../shared/api/routes.ts';
import { request } from '../../api/client.ts';
import { ChoiceGroup, type ChoiceOption, choiceOf } from '../../ui/choice-group.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { SaveRow } from '../../ui/form-footer.tsx';
import { QuickExit } from '../../ui/quick-exit.tsx';
import { SafetyNotice } from '../../ui/safety-notice.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { LiveSafety } from './live-safety.tsx';
import '../../ui/care.css';

const answerOptions: ChoiceOption<Answer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'mixed', label: 'Sometimes' },
  { value: 'no', label: 'No' },
];
const reasonOptions: ChoiceOption<Reason>[] = [
  { value: 'flaw', label: 'A flaw I saw in them, or in us' },
  { value: 'misunderstanding', label: 'A misunderstanding' },
  { value: 'heat_of_argument', label: 'It happened in the heat of an argument' },
  { value: 'test', label: 'I wanted to see if they would fight for me' },
  { value: 'other', label: 'Something else' },
];
const decisionOptions: ChoiceOption<Decision>[] = [
  { value: 'yes', label: 'Yes, I want to try' },
  {
    value: 'not_sure',
    label: 'I am not sure yet',
    hint: 'That is fine. We will ask again before any contact.',
  },
  { value: 'no', label: 'No, I want to move on', hint: 'Rekindle will help you heal instead.' },
];

type Props = { scenario: Scenario; exName: string; reflection: Reflection; onSaved(): void };

/** The reason (i_ended), what to work on, the three wellbeing questions, and the decision. */
export function AnswersForm({ scenario, exName, reflection, onSaved }: Props) {
  // Kept on the device as it is answered: leaving for Today and coming back loses nothing.
  const onServer: ReflectionInput = {
    reason: reflection.reason,
    selfWork: reflection.selfWork ?? '',
    treatedWell: reflection.treatedWell,
    feltGood: reflection.feltGood,
    feltSafe: reflection.feltSafe,
    decision: reflection.decision,
  };
  const [draft, setDraft, forgetDraft] = useDeviceDraft<ReflectionInput>('reflect', onServer);
  const [saved, setSaved] = useState(false);
  // Answers kept on the device but not yet sent (typed here earlier, or just now) are said to be so.
  const unsaved = !saved && JSON.stringify(draft) !== JSON.stringify(onServer);
  const set = (patch: ReflectionInput) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const { pending, error, onSubmit } = useSubmit(async () => {
    await request('PUT', '/reflection', draft);
    forgetDraft();
    setSaved(true);
    onSaved();
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="answers-title">
      <h2 id="answers-title">Looking back, honestly</h2>
      {scenario === 'i_ended' && (
        <>
          <ChoiceGroup
            legend="Why did you end it?"
            options={reasonOptions}
            {...choiceOf(draft, set, 'reason')}
          />
          {draft.reason === 'test' && (
            <p className="notice">
              Ending it to see whether {exName} would fight for you is unfair to {exName}, and risky: it often
              ends things for real. If that is what happened, owning it honestly is the way back.
            </p>
          )}
        </>
      )}
      <TextArea
        label="What do you want to work on in yourself?"
        hint="Not to win them back: for you. One or two things is plenty."
        rows={3}
        maxLength={textLimits.selfWork}
        value={draft.selfWork ?? ''}
        onChange={(e) => set({ selfWork: e.currentTarget.value })}
      />
      <LiveSafety texts={[draft.selfWork ?? '']} />
      <ChoiceGroup
        legend={`Did ${exName} treat you well?`}
        options={answerOptions}
        {...choiceOf(draft, set, 'treatedWell')}
      />
      <ChoiceGroup
        legend={`Did ${exName} make you feel good about yourself?`}
        options={answerOptions}
        {...choiceOf(draft, set, 'feltGood')}
      />
      <ChoiceGroup
        legend="Did you feel secure and safe in the relationship?"
        options={answerOptions}
        {...choiceOf(draft, set, 'feltSafe')}
      />
      {draft.feltSafe === 'no' && (
        <div className="care-inline">
          <p className="notice">
            Thank you for being honest about this. Not feeling safe with someone matters, whatever else was
            good. With this answer saved, Rekindle suggests healing for yourself rather than reaching out to{' '}
            {exName}, and shows you people who can help. You can still choose.
          </p>
          <SafetyNotice kind="abuse" compact />
          <QuickExit />
        </div>
      )}
      {draft.feltSafe === 'mixed' && (
        <div className="care-inline">
          <p className="notice">
            Sometimes not feeling safe is worth taking seriously too. If you were ever frightened of {exName},
            or changed how you acted to avoid their anger, the lines below can help you think it through, in
            confidence.
          </p>
          <SafetyNotice kind="abuse" compact />
        </div>
      )}
      <ChoiceGroup
        legend={`Do you really want ${exName} back?`}
        options={decisionOptions}
        {...choiceOf(draft, set, 'decision')}
      />
      <FormError message={error} />
      {/* Stays at the bottom of the screen while the form scrolls: Save is always one tap away. */}
      <SaveRow
        className="actions sticky-actions"
        pending={pending}
        said={saved ? 'Saved.' : unsaved ? 'Kept on this device until you save.' : ''}
      >
        Save my answers
      </SaveRow>
    </form>
  );
}
