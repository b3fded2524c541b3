import { useDeferredValue } from 'react';
import { screenTexts } from '../../../core/safety/screen.ts';
import { SafetyNotice } from '../../ui/safety-notice.tsx';

/** Screens text as it is typed (in the browser, with core's screen) and shows help at once. */
export function LiveSafety({ texts }: { texts: string[] }) {
  const deferred = useDeferredValue(texts);
  const signals = screenTexts(deferred);
  return (
    <>
      {signals.selfHarm && <SafetyNotice kind="crisis" compact />}
      {signals.abuse && <SafetyNotice kind="abuse" compact />}
    </>
  );
}
