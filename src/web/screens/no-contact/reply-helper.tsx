import { useState } from 'react';
import { textLimits } from '../../../shared/api/limits.ts';
import { localTimeNow } from '../../content/format.ts';
import { CheckerReading } from '../../ui/checker-reading.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { LiveSafety } from '../reflect/live-safety.tsx';

/** After they reach out: draft a reply here first, and see how it would land before sending it yourself. */
export function ReplyHelper({ name }: { name: string }) {
  const [text, setText] = useState('');
  return (
    <section className="card" aria-labelledby="reply-helper-title">
      <h2 id="reply-helper-title">Draft your reply here first</h2>
      <p className="hint">Friendly, calm and brief. Nothing is sent from here; copy it when it reads well.</p>
      <TextArea
        label={`Your reply to ${name}`}
        rows={3}
        maxLength={textLimits.message}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <LiveSafety texts={[text]} />
      <CheckerReading text={text} kind="reply" localTime={localTimeNow()} />
    </section>
  );
}
