import { useState } from 'react';
import { Link } from 'wouter';
import type { CheckResult } from '../../../core/checker/check.ts';
import { request } from '../../api/client.ts';
import { verdictTitle } from '../../ui/checker-reading.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { useSubmit } from '../../ui/use-submit.ts';

/**
 * Before the one message that is really sent: the reading above is the browser's (the families and
 * a small model, as they type, nothing sent). On request, and only then, the draft goes once to
 * the person's own Rekindle server, which reads it with its fuller word model (it reads messages
 * no one here wrote better: BENCHMARKS, the checker's round five) and keeps nothing. The answer
 * stands for the words it read; a change to the draft puts the button back.
 */
export function CloserReading({ text, localTime }: { text: string; localTime: string }) {
  const [read, setRead] = useState<{ text: string; result: CheckResult }>();
  const {
    pending,
    error,
    onSubmit: ask,
  } = useSubmit(async () => {
    setRead({ text, result: await request('POST', '/check', { text, kind: 'first_text', localTime }) });
  });
  if (!text.trim()) return null;
  const result = read?.text === text ? read.result : undefined;
  if (!result)
    return (
      <div className="closer-reading">
        <button type="button" className="button quiet" onClick={ask} disabled={pending} aria-busy={pending}>
          {pending ? 'Reading it…' : 'Read it more carefully'}
        </button>
        <p className="hint">
          Sends this draft once to your Rekindle server, which reads it with a fuller model and keeps nothing.
        </p>
        <FormError message={error} />
      </div>
    );
  return (
    <section className={`card reading ${result.verdict}`} aria-labelledby="closer-title" aria-live="polite">
      <h3 id="closer-title">A closer reading: {verdictTitle[result.verdict]}</h3>
      <p>{result.summary}</p>
      {result.safety.selfHarm && (
        <p>
          <Link href="/help">Get help now</Link>
        </p>
      )}
    </section>
  );
}
