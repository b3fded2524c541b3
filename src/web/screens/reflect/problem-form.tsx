import { useState } from 'react';
import type { WhosePart } from '../../../core/program/facts.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import type { ProblemInput } from '../../../shared/api/program.ts';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { SubmitButton } from '../../ui/submit-button.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { LiveSafety } from './live-safety.tsx';

const whoseOptions: ChoiceOption<WhosePart>[] = [
  { value: 'mine', label: 'Mostly mine' },
  { value: 'theirs', label: 'Mostly theirs' },
  { value: 'both', label: 'Both of us' },
];
const fixableOptions: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Yes, it could be' },
  { value: 'no', label: 'No, I do not think so' },
];

type Props = {
  initial?: ProblemInput;
  submitLabel: string;
  onSave(input: ProblemInput): Promise<void>;
  onCancel?: () => void;
};

/** Write one problem: what happened, whose part it was, and whether it can be fixed or forgiven. */
export function ProblemForm({ initial, submitLabel, onSave, onCancel }: Props) {
  // A new problem is kept on the device as it is typed (an edit is short and sits beside its entry).
  const [text, setText, forgetText] = useDeviceDraft(
    initial ? undefined : 'reflect-problem',
    initial?.text ?? '',
  );
  const [whosePart, setWhosePart] = useState<WhosePart | undefined>(initial?.whosePart);
  const [fixable, setFixable] = useState<'yes' | 'no' | undefined>(
    initial ? (initial.fixable ? 'yes' : 'no') : undefined,
  );
  const { pending, error, onSubmit } = useSubmit(async () => {
    if (!text.trim()) throw new Error('Write what happened, in a sentence or two.');
    if (!whosePart) throw new Error('Choose whose part it was.');
    if (!fixable) throw new Error('Say whether it could be fixed or forgiven.');
    const submitted = text;
    await onSave({ text, whosePart, fixable: fixable === 'yes' });
    forgetText();
    if (!initial) {
      // Clear for the next one, unless the person already started typing it while this saved.
      setText((current) => (current === submitted ? '' : current));
      setWhosePart(undefined);
      setFixable(undefined);
    }
  });
  return (
    <form className="problem-form" onSubmit={onSubmit} noValidate>
      <TextArea
        label="What happened?"
        hint="Plainly, without sugar-coating. Only you will read it."
        value={text}
        maxLength={textLimits.problem}
        rows={3}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <LiveSafety texts={[text]} />
      <ChoiceGroup<WhosePart>
        legend="Whose part was it?"
        options={whoseOptions}
        value={whosePart}
        onChange={setWhosePart}
      />
      <ChoiceGroup<'yes' | 'no'>
        legend="Could it be fixed or forgiven?"
        options={fixableOptions}
        value={fixable}
        onChange={setFixable}
      />
      <FormError message={error} />
      <div className="actions">
        {onCancel && (
          <button type="button" className="button quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <SubmitButton pending={pending} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
