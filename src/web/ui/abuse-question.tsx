import { QuickExit } from './quick-exit.tsx';
import { SafetyNotice } from './safety-notice.tsx';
import './care.css';

export type AbuseAnswer = 'yes' | 'not_meant';

/**
 * When something written sounds like being hurt, threatened, controlled or followed, Rekindle
 * shows help and asks rather than decides: "yes" makes it a safety concern (the healing path is
 * recommended, as "felt safe: no" does); "not what I meant" puts the question away.
 */
export function AbuseQuestion({
  exName,
  onAnswer,
  pending = false,
}: {
  exName: string;
  onAnswer(answer: AbuseAnswer): void;
  pending?: boolean;
}) {
  return (
    <section className="notice safety care-card" aria-labelledby="abuse-question-title">
      <h2 id="abuse-question-title">Your safety comes first</h2>
      <p>
        Something you wrote sounds like you may have been hurt, threatened, controlled or followed. Did
        something like this happen with {exName}?
      </p>
      <div className="care-answers">
        <button type="button" className="button primary" disabled={pending} onClick={() => onAnswer('yes')}>
          Yes, it did
        </button>
        <button
          type="button"
          className="button quiet"
          disabled={pending}
          onClick={() => onAnswer('not_meant')}
        >
          No, that's not what I meant
        </button>
      </div>
      <p className="hint">
        If it did, it is not your fault. Rekindle will suggest healing for yourself rather than reaching out,
        and you can still choose.
      </p>
      <SafetyNotice kind="abuse" compact />
      <QuickExit />
    </section>
  );
}
