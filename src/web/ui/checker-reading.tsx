import { checkMessage, maxCheckLength } from '../../core/checker/check.ts';
import type { MessageKind } from '../../core/checker/features.ts';
import { HighlightedText } from './highlighted-text.tsx';
import './checker-reading.css';

export const verdictTitle = {
  ok: 'This reads calmly',
  think_twice: 'Worth a second look',
  rewrite: 'This could hurt more than help',
  wait: 'Better to wait',
} as const;
/** A mark beside the heading, so the verdicts differ by more than a border's colour. */
const verdictMark = { ok: '✓', think_twice: '?', rewrite: '!', wait: '…' } as const;
const insteadOf: Partial<Record<string, string>> = {
  begging: 'Instead of asking them to come back, ask how they are.',
  need: 'Instead of how much you need them, share something light from your week.',
  love_miss: 'Instead of how much you miss them, share something light from your week.',
  request_you: 'Instead of asking them for something, leave it open: "no rush at all".',
  pressure_reply: 'Instead of asking for an answer, leave it open: "no rush at all".',
  urgency: 'Take the deadline out. There is no clock on this.',
  us_talk: 'Instead of talking about the two of you, ask about their life.',
  nostalgia: 'Instead of the past, mention something from today.',
  reassurance: 'Answer that question for yourself first, in your journal.',
  past_question: 'Write the question in your journal instead. It can wait for a real conversation.',
  anger: 'Write the angry version here, then send nothing tonight.',
  contempt: 'Write the angry version here, then send nothing tonight.',
  sarcasm: 'Say the plain thing you need, without the edge.',
  blame: 'Say what you need next time, not what they did wrong.',
  threat: 'Say what you would like to happen, and leave out what happens if not.',
  messenger: 'Send it to them yourself, plainly, or let it go.',
  guilt: 'Leave the past out of it for now; keep it about today.',
  over_apology: 'You have apologised already; a friendly hello is enough.',
  bare_opener: 'Add one easy, specific question about their life.',
  new_partner: 'Leave their new life out of it.',
  late_invite: 'If you want to see them, suggest a coffee in daylight, or wait.',
  pet_name: 'Use their name, not a pet name.',
};

/**
 * The message checker, live as the person types, in their own browser. Nothing is sent anywhere.
 * `forSending: false` (an urge while they give it space): how it would land, but no advice on a
 * better message, and no praise for a good one: the aim is not to send at all.
 *
 * It is read on every keystroke (the checker is fast enough for that). Only the verdict is a live
 * region: a screen reader says it when it changes, not the whole reading on every letter typed.
 */
export function CheckerReading({
  text,
  kind,
  localTime,
  forSending = true,
}: {
  text: string;
  kind: MessageKind;
  localTime?: string;
  forSending?: boolean;
}) {
  if (!text.trim() || text.length > maxCheckLength) return null;
  const result = checkMessage(text, { kind, localTime });
  // Words that sound like thoughts of suicide or self-harm get the crisis card (LiveCare), not
  // coaching on how the message would land.
  if (result.safety.selfHarm) return null;
  const spans = result.findings.filter((f) => f.end > f.start && f.end - f.start < text.length);
  // Each note once, and not again when the summary above already says it.
  const notes = [...new Set(result.findings.map((f) => f.note))].filter((n) => !result.summary.endsWith(n));
  const tips = [
    ...new Set(result.findings.map((f) => insteadOf[f.kind]).filter((t): t is string => Boolean(t))),
  ];
  return (
    <section className={`card reading ${result.verdict}`} aria-labelledby="reading-title">
      <h2 id="reading-title" aria-live="polite" aria-atomic="true">
        <span className="reading-mark" aria-hidden="true">
          {verdictMark[result.verdict]}
        </span>{' '}
        {verdictTitle[result.verdict]}
      </h2>
      <p>{result.summary}</p>
      {spans.length > 0 && (
        <HighlightedText
          text={text}
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
      {!forSending && (
        <p className="hint">For now, nothing needs sending. Writing it here is enough; it stays with you.</p>
      )}
      {forSending && tips.length > 0 && (
        <>
          <h3>What could work instead</h3>
          <ul>
            {tips.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {forSending && result.strengths.length > 0 && (
        <p className="hint">
          Good: {result.strengths.map((s) => s.note.replace(/\.$/, '').toLowerCase()).join('; ')}.
        </p>
      )}
    </section>
  );
}
