import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { screenTexts } from '../../core/safety/screen.ts';
import { usePlan } from '../api/today.tsx';
import { CrisisCard } from './crisis-card.tsx';
import { SafetyNotice } from './safety-notice.tsx';

/**
 * Screens what is being typed, in the browser with core's screen, and offers help at once. Once
 * shown, the crisis card stays while the person goes on (it is not taken away by the next
 * keystroke or step) until they answer it; "that's not what I meant" hides it for this text.
 */
export function useLiveCare(texts: readonly string[]) {
  const deferred = useDeferredValue(texts);
  const signals = screenTexts(deferred);
  const [crisis, setCrisis] = useState(false);
  // "That's not what I meant" holds until the words stop sounding that way, not one keystroke.
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!signals.selfHarm) setDismissed(false);
    else if (!dismissed) setCrisis(true);
  }, [signals.selfHarm, dismissed]);
  const dismiss = useCallback(() => {
    setCrisis(false);
    setDismissed(true);
  }, []);
  return { crisis, abuse: signals.abuse, dismiss };
}

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
