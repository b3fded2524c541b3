import { useState } from 'react';
import { useLocation } from 'wouter';
import type { TalkOutcome } from '../../../core/program/facts.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import type { TalkNote } from '../../../shared/api/road.ts';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { localToday } from '../../content/format.ts';
import { stageCopy } from '../../content/stages.ts';
import { ChoiceGroup, type ChoiceOption } from '../../ui/choice-group.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { FormFooter, SaveRow } from '../../ui/form-footer.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { NotOnYourPath } from '../../ui/not-on-your-path.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { PastDayField } from '../../ui/text-field.tsx';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';

const outcomeOptions: ChoiceOption<TalkOutcome>[] = [
  { value: 'back_together', label: 'We are getting back together' },
  { value: 'not_yet', label: 'Not yet: we keep seeing each other lightly' },
  { value: 'no', label: 'No: we are not getting back together' },
];

function NoteCard({ note }: { note: TalkNote }) {
  const [answers, setAnswers, forgetAnswers] = useDeviceDraft(`talk.${note.problemId}`, {
    changed: note.changed ?? '',
    differently: note.differently ?? '',
  });
  const { changed, differently } = answers;
  const [saved, setSaved] = useState(false);
  const save = useSubmit(async () => {
    await request('PUT', `/talk/notes/${note.problemId}`, { changed, differently });
    forgetAnswers();
    setSaved(true);
  });
  return (
    <form className="card" onSubmit={save.onSubmit} noValidate>
      <h3>{note.text}</h3>
      <TextArea
        label="What has changed since?"
        rows={2}
        maxLength={textLimits.talkNote}
        value={changed}
        onChange={(e) => {
          setSaved(false);
          setAnswers({ differently, changed: e.currentTarget.value });
        }}
      />
      <TextArea
        label="What could we both do differently?"
        rows={2}
        maxLength={textLimits.talkNote}
        value={differently}
        onChange={(e) => {
          setSaved(false);
          setAnswers({ changed, differently: e.currentTarget.value });
        }}
      />
      <FormError message={save.error} />
      <SaveRow pending={save.pending} kind="small" said={saved ? 'Saved.' : ''}>
        Save
      </SaveRow>
    </form>
  );
}

/** Stage 8: a preparation sheet from the Reflect problems (printable), then how the talk went. */
export function TalkScreen() {
  const plan = usePlan();
  const today = useToday();
  const [, navigate] = useLocation();
  const notes = useApi('/talk/notes');
  const [on, setOn] = useState(localToday());
  const [outcome, setOutcome] = useState<TalkOutcome>();
  const record = useSubmit(async () => {
    if (!outcome) throw new Error('Choose how it went.');
    await request('POST', '/talk', { on, outcome });
    today.reload();
    navigate('/today');
  });
  if (plan && !plan.contactToolsVisible) return <NotOnYourPath />;
  return (
    <SignedInPage>
      <h1>Preparing for the talk{plan ? ` with ${plan.ex.name}` : ''}</h1>
      {stageCopy.talk.lesson.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <button type="button" className="button quiet" onClick={() => window.print()}>
        Print this sheet
      </button>
      <h2>What went wrong, and what has changed</h2>
      {notes.state.status === 'error' && <LoadError error={notes.state.error} retry={notes.reload} />}
      {notes.state.status === 'ready' && notes.state.data.map((n) => <NoteCard key={n.problemId} note={n} />)}
      <form className="card no-print" onSubmit={record.onSubmit} noValidate aria-labelledby="talk-outcome">
        <h2 id="talk-outcome">After the talk</h2>
        <PastDayField label="When did you talk?" value={on} onChange={setOn} />
        <ChoiceGroup legend="How did it go?" options={outcomeOptions} value={outcome} onChange={setOutcome} />
        <FormFooter error={record.error} pending={record.pending}>
          Save
        </FormFooter>
      </form>
    </SignedInPage>
  );
}
