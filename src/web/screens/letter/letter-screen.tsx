import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { checkLetter } from '../../../core/letter/checklist.ts';
import { textLimits } from '../../../shared/api/limits.ts';
import type { Letter } from '../../../shared/api/road.ts';
import { request } from '../../api/client.ts';
import { usePlan, useToday } from '../../api/today.tsx';
import { useApi } from '../../api/use-api.ts';
import { formatDay, localToday } from '../../content/format.ts';
import { stageCopy } from '../../content/stages.ts';
import { CheckItem } from '../../ui/check-item.tsx';
import { CheckerReading } from '../../ui/checker-reading.tsx';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { HighlightedText } from '../../ui/highlighted-text.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { PastDayField } from '../../ui/text-field.tsx';
import { describeSave, useAutosave } from '../../ui/use-autosave.ts';
import { useDeviceDraft } from '../../ui/use-device-draft.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { LiveSafety } from '../reflect/live-safety.tsx';

/** Stage 2: the one apology letter, with a live checklist; marking it sent starts no contact. */
export function LetterScreen() {
  const letter = useApi('/letter');
  return (
    <SignedInPage>
      <h1>Your apology letter</h1>
      {stageCopy.letter.lesson.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {letter.state.status === 'loading' && <DelayedProgress label="Opening your letter…" />}
      {letter.state.status === 'error' && <LoadError error={letter.state.error} retry={letter.reload} />}
      {letter.state.status === 'ready' && (
        <LetterEditor initial={letter.state.data} onSent={letter.setData} />
      )}
    </SignedInPage>
  );
}

function LetterEditor({ initial, onSent }: { initial: Letter; onSent(letter: Letter): void }) {
  const plan = usePlan();
  const today = useToday();
  // Kept on the device as it is typed too: an autosave still on its way when the tab closes, or
  // made without a network, is not lost.
  const [text, setText, forgetText] = useDeviceDraft('letter', initial.text);
  const typed = useRef(text);
  typed.current = text;
  const [sentOn, setSentOn] = useState(localToday());
  const sent = initial.sentOn !== null;
  const status = useAutosave(
    text,
    async (t) => {
      await request('PUT', '/letter', { text: t });
      if (t === typed.current) forgetText();
    },
    !sent,
  );
  const check = checkLetter(text);
  const markSent = useSubmit(async () => {
    await request('PUT', '/letter', { text });
    const saved = await request('POST', '/letter/sent', { on: sentOn });
    forgetText();
    onSent(saved);
    today.reload();
  });
  const name = plan?.ex.name ?? 'them';

  if (sent) {
    return (
      <section className="card">
        <h2>Sent on {formatDay(initial.sentOn ?? '', plan?.today)}</h2>
        <p>
          You sent it once, and that is enough. Now give {name} space: your no-contact count started that day.
        </p>
        <p className="problem-text">{initial.text}</p>
        <Link href="/today" className="button primary">
          Back to Today
        </Link>
      </section>
    );
  }
  return (
    <>
      <p className="notice">
        Their pride was probably hurt when you ended it. Do not expect a warm answer, or any answer.
      </p>
      <TextArea
        label={`Your letter to ${name}`}
        rows={12}
        maxLength={textLimits.letter}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p className="saved" role="status">
        {describeSave(status)}
      </p>
      <LiveSafety texts={[text]} />
      <CheckerReading text={text} kind="letter" />
      <section className="card" aria-labelledby="checklist-title">
        <h2 id="checklist-title">
          What a good letter does ({check.covered} of {check.items.length})
        </h2>
        <p className="hint">Suggestions, not rules. Use your own words.</p>
        <ul className="checklist">
          {check.items.map((item) => (
            <CheckItem key={item.id} met={item.met} done="Covered: " open="Not yet: ">
              {item.label}
            </CheckItem>
          ))}
        </ul>
        {check.warnings.map((w) => (
          <p key={w.id} className="notice warn" role="status">
            {w.note}
          </p>
        ))}
        {text.trim() && (
          <>
            <h3>Your letter, with what we noticed</h3>
            <HighlightedText
              text={text}
              highlights={[
                ...check.items.flatMap((i) => i.spans.map((s) => ({ ...s, kind: 'good' as const }))),
                ...check.warnings.flatMap((w) => w.spans.map((s) => ({ ...s, kind: 'warn' as const }))),
              ]}
            />
          </>
        )}
      </section>
      <form className="card" onSubmit={markSent.onSubmit} noValidate aria-labelledby="sent-title">
        <h2 id="sent-title">When you have sent it yourself</h2>
        <p>
          Rekindle never sends anything. Send it your way, then mark it here: that starts your no contact.
        </p>
        <PastDayField label="The day you sent it" value={sentOn} onChange={setSentOn} />
        <FormFooter error={markSent.error} pending={markSent.pending} disabled={!text.trim()}>
          I sent it
        </FormFooter>
      </form>
    </>
  );
}
