import { useCallback, useEffect, useRef, useState } from 'react';
import { screenTexts, warmUpSteps } from '../../core/safety/screen.ts';
import { usePlan } from '../api/today.tsx';
import { CrisisCard } from './crisis-card.tsx';
import { SafetyNotice } from './safety-notice.tsx';

// The screen compiles its expressions on first use: here, a few at a time while the browser is
// idle after this code arrives (it is fetched ahead), rather than on someone's first keystroke.
if (typeof window !== 'undefined') {
  const steps = warmUpSteps();
  const idle =
    window.requestIdleCallback ??
    ((run: IdleRequestCallback) =>
      window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 50));
  const work: IdleRequestCallback = (deadline) => {
    while (steps.length > 0 && deadline.timeRemaining() > 4) steps.pop()!();
    if (steps.length > 0) idle(work);
  };
  idle(work);
}

/**
 * Screens what is being typed, in the browser with core's screen, and offers help at once. Once
 * shown, the crisis card stays while the person goes on (it is not taken away by the next
 * keystroke or step) until they answer it; "that's not what I meant" hides it for this text.
 */
export function useLiveCare(texts: readonly string[]) {
  // On every keystroke: the screen is fast enough for that (its expressions are warmed up above).
  const signals = screenTexts(texts);
  const [crisis, setCrisis] = useState(false);
  // "That's not what I meant" holds for the sentences it answered, not one keystroke; a new
  // sentence that sounds that way ("tonight I'll take all my pills") brings the card back.
  const [dismissed, setDismissed] = useState<ReadonlySet<string> | null>(null);
  const flagged = signals.selfHarm ? sentencesOf(texts).filter((s) => screenTexts([s]).selfHarm) : [];
  const latest = useRef(flagged);
  latest.current = flagged;
  const more = dismissed !== null && flagged.some((s) => !dismissed.has(s));
  useEffect(() => {
    if (!signals.selfHarm) setDismissed(null);
    else if (dismissed === null || more) setCrisis(true);
  }, [signals.selfHarm, dismissed, more]);
  const dismiss = useCallback(() => {
    setCrisis(false);
    setDismissed(new Set(latest.current));
  }, []);
  return { crisis, abuse: signals.abuse, dismiss };
}

const sentencesOf = (texts: readonly string[]) => texts.flatMap((t) => t.split(/(?<=[.!?\n])/));

/**
 * The help `useLiveCare` asks for: the crisis card, or support lines for abuse. Where the page also
 * shows help pinned from the server (`pinnedHere`: PinnedCare is on the page), that card speaks for
 * both, and its answer settles this one too, so no one is asked twice.
 */
export function LiveCare({
  care,
  pinnedHere = false,
}: {
  care: ReturnType<typeof useLiveCare>;
  pinnedHere?: boolean;
}) {
  const plan = usePlan();
  const pinned = pinnedHere && plan?.safety.selfHarm === true;
  const { crisis, dismiss } = care;
  useEffect(() => {
    if (pinned && crisis) dismiss();
  }, [pinned, crisis, dismiss]);
  return (
    <>
      {crisis && !pinned && <CrisisCard onAnswer={dismiss} />}
      {care.abuse && !crisis && <SafetyNotice kind="abuse" compact />}
    </>
  );
}
