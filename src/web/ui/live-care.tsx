import { useDeferredValue, useEffect, useState } from 'react';
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
  const [dismissed, setDismissed] = useState<string>();
  const key = deferred.join('\n');
  useEffect(() => {
    if (signals.selfHarm && dismissed !== key) setCrisis(true);
  }, [signals.selfHarm, dismissed, key]);
  return {
    crisis,
    abuse: signals.abuse,
    dismiss: () => {
      setCrisis(false);
      setDismissed(key);
    },
  };
}

/** The help `useLiveCare` asks for: the crisis card, or support lines for abuse. */
export function LiveCare({ care }: { care: ReturnType<typeof useLiveCare> }) {
  // Help already pinned from the server (PinnedCare) is not shown twice.
  const pinned = usePlan()?.safety.selfHarm === true;
  return (
    <>
      {care.crisis && !pinned && <CrisisCard onAnswer={care.dismiss} />}
      {care.abuse && !care.crisis && <SafetyNotice kind="abuse" compact />}
    </>
  );
}
