import { useState } from 'react';
import { useLocation } from 'wouter';
import { textLimits } from '../../../shared/api/limits.ts';
import type { Program, ProgramInput } from '../../../shared/api/program.ts';
import { request } from '../../api/client.ts';
import { useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { browserTimeZone } from '../../content/format.ts';
import { ChoiceGroup, choiceOf } from '../../ui/choice-group.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { PastDayField, TextField } from '../../ui/text-field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import {
  endingOptions,
  type LimitedChoice,
  limitedOptions,
  pronounOptions,
  scenarioOptions,
  togetherOptionsCopy,
} from './options.ts';
import './onboarding-screen.css';

type Draft = Partial<ProgramInput>;

/**
 * Three short steps. The plan is saved after step 2; step 3 adds optional detail. One frame holds
 * the loading state and the steps, so the navigation (and a "More" already opened) stays put when
 * the details arrive.
 */
export function OnboardingScreen() {
  return (
    <SignedInPage>
      <OnboardingBody />
    </SignedInPage>
  );
}

function OnboardingBody() {
  const existing = useApi('/program');
  if (existing.state.status === 'loading') return <DelayedProgress label="Loading your details…" />;
  // Not reached (offline, or the server is down): say so, rather than offer an empty form to
  // someone who already has a plan. No plan yet is an answer, and the steps start afresh.
  const { state } = existing;
  if (state.status === 'error' && (state.error.status === 0 || state.error.status >= 500)) {
    return <LoadError error={state.error} retry={existing.reload} />;
  }
  const initial: Draft =
    existing.state.status === 'ready'
      ? toDraft(existing.state.data)
      : { timeZone: browserTimeZone(), exPronouns: 'they' };
  return <OnboardingSteps initial={initial} editing={existing.state.status === 'ready'} />;
}

function toDraft({ movedOnAt: _movedOn, ...program }: Program): Draft {
  return program;
}

function OnboardingSteps({ initial, editing }: { initial: Draft; editing: boolean }) {
  const [, navigate] = useLocation();
  const today = useToday();
  const [step, setStep] = useState(1);
  const [draft, setDraft] = useState<Draft>(initial);
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));
  const save = () => {
    const { scenario, exPronouns } = draft;
    // Step 1 has both before anything is saved; a name or date left out is the server's to refuse.
    if (!scenario || !exPronouns) throw new Error('Choose who ended it and their pronouns first.');
    return request('PUT', '/program', {
      ...draft,
      scenario,
      exPronouns,
      exName: draft.exName ?? '',
      endedOn: draft.endedOn ?? '',
      lastContactOn: draft.lastContactOn ?? '',
      timeZone: draft.timeZone ?? browserTimeZone(),
    });
  };

  const step1 = useSubmit(async () => {
    if (!draft.scenario) throw new Error('Choose who ended it, so the plan fits what happened.');
    if (!draft.exName?.trim())
      throw new Error('Write their first name or a nickname (only you will see it).');
    setStep(2);
  });
  const step2 = useSubmit(async () => {
    if (!draft.endedOn || !draft.lastContactOn) throw new Error('Choose both dates. An estimate is fine.');
    await save();
    await today.reload();
    setStep(3);
  });
  const step3 = useSubmit(async () => {
    await save();
    await today.reload();
    navigate('/today');
  });

  return (
    <>
      <p className="step-count">Step {step} of 3</p>
      {step === 1 && (
        <form onSubmit={step1.onSubmit} noValidate>
          <h1>{editing ? 'Your details' : 'Let us start with what happened'}</h1>
          <ChoiceGroup
            legend="Who ended it?"
            options={scenarioOptions}
            {...choiceOf(draft, set, 'scenario')}
          />
          <TextField
            label="Their first name or a nickname"
            hint="Only you will see it. Rekindle uses it to talk about them naturally."
            autoComplete="off"
            maxLength={textLimits.exName}
            value={draft.exName ?? ''}
            onChange={(e) => set({ exName: e.currentTarget.value })}
          />
          <ChoiceGroup
            legend="Their pronouns"
            options={pronounOptions}
            {...choiceOf(draft, set, 'exPronouns')}
          />
          <FormError message={step1.error} />
          <button type="submit" className="button primary">
            Next
          </button>
        </form>
      )}
      {step === 2 && (
        <form onSubmit={step2.onSubmit} noValidate>
          <h1>When did it happen?</h1>
          <PastDayField
            label="The day it ended"
            value={draft.endedOn ?? ''}
            onChange={(endedOn) => set({ endedOn })}
          />
          <PastDayField
            label="Your last contact with them"
            hint="A message, a call, or meeting. The ending counts too. This starts your no-contact counter."
            value={draft.lastContactOn ?? ''}
            onChange={(lastContactOn) => set({ lastContactOn })}
          />
          <p className="hint">Dates are in your time zone: {draft.timeZone ?? browserTimeZone()}.</p>
          <FormError message={step2.error} />
          <div className="actions">
            <button type="button" className="button quiet" onClick={() => setStep(1)}>
              Back
            </button>
            <SubmitButton pending={step2.pending} busyLabel="Saving…">
              Save and continue
            </SubmitButton>
          </div>
        </form>
      )}
      {step === 3 && (
        <form onSubmit={step3.onSubmit} noValidate>
          <h1>A little more, if you like</h1>
          <p>These help Rekindle suggest how long to give it. You can skip any of them.</p>
          <ChoiceGroup
            legend="How long were you together?"
            options={togetherOptionsCopy}
            {...choiceOf(draft, set, 'together')}
          />
          <ChoiceGroup
            legend="How hard was the ending?"
            options={endingOptions}
            {...choiceOf(draft, set, 'ending')}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={draft.onOff ?? false}
              onChange={(e) => set({ onOff: e.currentTarget.checked })}
            />
            We have broken up and got back together before
          </label>
          <ChoiceGroup<LimitedChoice>
            legend="Does contact have to continue?"
            hint="If it does, Rekindle switches to brief, practical contact only."
            options={limitedOptions}
            value={draft.limitedContact === undefined ? undefined : (draft.limitedContact ?? 'none')}
            onChange={(v) => set({ limitedContact: v === 'none' ? null : v })}
          />
          <FormError message={step3.error} />
          <div className="actions">
            <button type="button" className="button quiet" onClick={() => navigate('/today')}>
              Skip for now
            </button>
            <SubmitButton pending={step3.pending} busyLabel="Saving…">
              Save and see my plan
            </SubmitButton>
          </div>
        </form>
      )}
    </>
  );
}
