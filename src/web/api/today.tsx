import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { Today } from '../../shared/api/program.ts';
import { forDisplay } from '../content/isolate.ts';
import { type Loaded, useApi } from './use-api.ts';

type TodayContext = { state: Loaded<Today>; reload(): Promise<void> };
const Context = createContext<TodayContext | undefined>(undefined);

/** The plan, fetched once for every signed-in screen and refreshed after any change; the ex's name is isolated for sentences. */
export function TodayProvider({ children }: { children: ReactNode }) {
  const { state: fetched, reload } = useApi('/today');
  // A write that waited on this device (api/outbox.ts) has reached the server: it may change Today.
  useEffect(() => {
    const refresh = () => void reload();
    window.addEventListener('rekindle:outbox-sent', refresh);
    return () => window.removeEventListener('rekindle:outbox-sent', refresh);
  }, [reload]);
  const state = useMemo(
    (): Loaded<Today> =>
      fetched.status === 'ready' ? { ...fetched, data: forDisplay(fetched.data) } : fetched,
    [fetched],
  );
  return <Context.Provider value={{ state, reload }}>{children}</Context.Provider>;
}

export function useToday(): TodayContext {
  const value = useContext(Context);
  if (!value) throw new Error('useToday must be used inside <TodayProvider>');
  return value;
}

/** The plan when it is loaded, else undefined. */
export function usePlan(): Today | undefined {
  const { state } = useToday();
  return state.status === 'ready' ? state.data : undefined;
}
