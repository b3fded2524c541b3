import { useEffect, useRef, useState } from 'react';
import './calm-down.css';

export const calmDownSeconds = 90;

/**
 * Ninety seconds to let the wave crest and pass: a breathing cue and a progress bar. The button
 * to go on appears when the time is up (a person can always leave the page).
 */
export function CalmDown({ reasons, onDone }: { reasons: string[]; onDone(): void }) {
  const [elapsed, setElapsed] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // It replaces a long draft: open at the top, with a screen reader on the new heading, not
  // scrolled to where the button was.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const seconds = Math.min(calmDownSeconds, Math.floor((Date.now() - started) / 1000));
      setElapsed(seconds);
      if (seconds >= calmDownSeconds) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, []);
  const done = elapsed >= calmDownSeconds;
  const breathing = Math.floor(elapsed / 5) % 2 === 0 ? 'Breathe in slowly…' : '…and let it out, longer.';

  return (
    <section aria-labelledby="calm-title">
      <h1 id="calm-title" ref={heading} tabIndex={-1}>
        Give it ninety seconds
      </h1>
      <p className="lead">{done ? 'You waited. Notice how it feels now.' : breathing}</p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Time waited"
        aria-valuemin={0}
        aria-valuemax={calmDownSeconds}
        aria-valuenow={elapsed}
        aria-valuetext={`${elapsed} of ${calmDownSeconds} seconds`}
      >
        <span style={{ width: `${(elapsed / calmDownSeconds) * 100}%` }} />
      </div>
      <p className="hint">{done ? 'Ninety seconds done.' : `${calmDownSeconds - elapsed} seconds to go.`}</p>
      <div className="card">
        <h2>Why this craving feels so strong</h2>
        <p>
          Heartbreak runs through the same systems in the body as physical pain. The urge to reach out is your
          stress response asking for relief. It peaks, and then it fades, usually faster than it feels like it
          will.
        </p>
      </div>
      {reasons.length > 0 && (
        <div className="card">
          <h2>What you wrote, when you were calm</h2>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button primary" disabled={!done} onClick={onDone}>
        {done ? 'Go on' : 'Waiting…'}
      </button>
    </section>
  );
}
