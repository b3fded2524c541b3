import { useDeferredValue } from 'react';
import { checkMessage, maxCheckLength } from '../../core/checker/check.ts';
import type { MessageKind } from '../../core/checker/lexicon-en.ts';
import { HighlightedText } from './highlighted-text.tsx';

const verdictTitle = {
  ok: 'This reads calmly',
  rewrite: 'This could hurt more than help',
  wait: 'Better to wait',
} as const;
const insteadOf: Partial<Record<string, string>> = {
  begging: 'Instead of asking them to come back, ask how they are.',
  neediness: 'Instead of how much you miss them, share something light from your week.',
  pressure: 'Instead of asking for an answer, leave it open: "no rush at all".',
  relationship_talk: 'Instead of talking about the two of you, ask about their life.',
  anger: 'Write the angry version here, then send nothing tonight.',
  guilt: 'Leave the past out of it for now; keep it about today.',
  re_apology: 'You have apologised already; a friendly hello is enough.',
  tone: 'Instead of what they mean to you, say something light about your week, or ask about theirs.',
};

/** The message checker, live as the person types, in their own browser. Nothing is sent anywhere. */
export function CheckerReading({
  text,
  kind,
  localTime,
}: {
  text: string;
  kind: MessageKind;
  localTime?: string;
}) {
  const deferred = useDeferredValue(text);
  if (!deferred.trim() || deferred.length > maxCheckLength) return null;
  const result = checkMessage(deferred, { kind, localTime });
  // Words that sound like thoughts of suicide or self-harm get the crisis card (LiveCare), not
  // coaching on how the message would land.
  if (result.safety.selfHarm) return null;
  const spans = result.findings.filter((f) => f.end > f.start && f.end - f.start < deferred.length);
  // Each note once, and not again when the summary above already says it.
  const notes = [...new Set(result.findings.map((f) => f.note))].filter((n) => !result.summary.endsWith(n));
  const tips = [
    ...new Set(result.findings.map((f) => insteadOf[f.kind]).filter((t): t is string => Boolean(t))),
  ];
  return (
    <section className={`card reading ${result.verdict}`} aria-labelledby="reading-title" aria-live="polite">
      <h2 id="reading-title">{verdictTitle[result.verdict]}</h2>
      <p>{result.summary}</p>
      {spans.length > 0 && (
        <HighlightedText
          text={deferred}
          highlights={spans.map((f) => ({ start: f.start, end: f.end, kind: 'warn' }))}
        />
      )}
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {tips.length > 0 && (
        <>
          <h3>What could work instead</h3>
          <ul>
            {tips.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {result.strengths.length > 0 && (
        <p className="hint">
          Good: {result.strengths.map((s) => s.note.replace(/\.$/, '').toLowerCase()).join('; ')}.
        </p>
      )}
    </section>
  );
}
