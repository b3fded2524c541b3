import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { SafetyNotice } from './safety-notice.tsx';
import './care.css';

export type CrisisAnswer = 'safe_now' | 'not_meant';

/**
 * What Rekindle says when something written sounds like thoughts of suicide or self-harm: it asks
 * gently (a false alarm costs one tap), offers help now (a line in the person's country, their
 * safety plan, someone they trust), gives no detail of any method, and never locks anyone out.
 * It stays until the person chooses what to do; "that's not what I meant" and "I'm safe for now"
 * put it away, never the "Get help" link in the header.
 */
export function CrisisCard({
  onAnswer,
  pending = false,
  about,
  notMeantAllowed = true,
}: {
  onAnswer(answer: CrisisAnswer): void;
  pending?: boolean;
  /** Where the words were written, when they were saved ("your journal"). */
  about?: string;
  /** False for a direct answer to the emotion check's question: it was not a misreading. */
  notMeantAllowed?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const card = useRef<HTMLElement>(null);
  // In view when it appears (above a phone's keyboard), and said once by a screen reader: the
  // live region's text is set once, not on every keystroke.
  const [said, setSaid] = useState('');
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    setSaid('Rekindle is asking if you are safe. Help is shown.');
  }, []);

  return (
    <section ref={card} className="notice safety care-card" aria-labelledby="crisis-card-title">
      <p className="sr-only" aria-live="assertive">
        {said}
      </p>
      <h2 id="crisis-card-title">You don't have to carry this alone</h2>
      <p>
        {notMeantAllowed
          ? `${about ? `Something you wrote in ${about} sounds` : 'It sounds'} like you might be thinking about ending your life, or about hurting yourself. Is that right?`
          : 'You told us you have had thoughts of ending your life. Thank you for being honest about something so hard.'}
      </p>
      {!open && (
        <div className="care-answers">
          <button type="button" className="button primary" onClick={() => setOpen(true)}>
            {notMeantAllowed ? "Yes, it's like that" : 'Show me what could help'}
          </button>
          {notMeantAllowed && (
            <button
              type="button"
              className="button quiet"
              disabled={pending}
              onClick={() => onAnswer('not_meant')}
            >
              That's not what I meant
            </button>
          )}
        </div>
      )}
      {open && (
        <div className="care-steps">
          <p>
            Thank you for saying so. Feeling like this after a breakup happens to more people than you might
            think, and it can change. Right now, one small step:
          </p>
          <ol>
            <li>
              <strong>Talk to someone now.</strong> The lines below are free and confidential, by phone or
              text.
            </li>
            <li>
              <Link href="/safety-plan">Open your safety plan</Link>: your own steps for a moment like this.
            </li>
            <li>Tell someone you trust how you are feeling, or ask them to be with you.</li>
          </ol>
          <p>
            <strong>If you might act on these thoughts now, call your local emergency number.</strong>
          </p>
        </div>
      )}
      <SafetyNotice kind="crisis" compact />
      <p className="care-links">
        <Link href="/help" className="button primary">
          Get help now
        </Link>
        <Link href="/safety-plan" className="button">
          My safety plan
        </Link>
      </p>
      {open && (
        <p className="care-answers">
          <button
            type="button"
            className="button quiet"
            disabled={pending}
            onClick={() => onAnswer('safe_now')}
          >
            I'm safe for now
          </button>
          <span className="hint">You can come back to this page, and to help, any time.</span>
        </p>
      )}
    </section>
  );
}
