import { LiveCare, useLiveCare } from '../../ui/live-care.tsx';

/** Screens text as it is typed (in the browser, with core's screen) and offers help at once. */
export function LiveSafety({ texts, pinnedHere = false }: { texts: string[]; pinnedHere?: boolean }) {
  const care = useLiveCare(texts);
  return <LiveCare care={care} pinnedHere={pinnedHere} />;
}
