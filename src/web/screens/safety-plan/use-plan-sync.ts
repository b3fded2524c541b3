import { useEffect, useRef, useState } from 'react';
import type { SafetyPlanSection } from '../../../shared/api/safety-plan.ts';
import { request } from '../../api/client.ts';
import { copyGeneration, dropOtherCopies, readCopy, writeCopy } from './local-copy.ts';
import { PlanSync, type PlanView } from './plan-sync.ts';

const api = {
  get: () => request('GET', '/safety-plan'),
  put: (plan: Record<SafetyPlanSection, string>) => request('PUT', '/safety-plan', plan),
};

/**
 * The plan of `userId`, kept in step between the screen, this device and the server (PlanSync).
 * With `online` false (the session could not be checked), only the device's copy is used.
 */
export function usePlanSync(userId: string | undefined, online: boolean) {
  const [view, setView] = useState<PlanView>({
    plan: undefined,
    reach: online ? 'checking' : 'offline',
    save: 'idle',
  });
  const sync = useRef<PlanSync | undefined>(undefined);
  useEffect(() => {
    if (!userId) return;
    if (online) dropOtherCopies(userId);
    const since = copyGeneration();
    const current = new PlanSync(
      online ? api : undefined,
      { read: () => readCopy(userId), write: (copy) => writeCopy(userId, copy, since) },
      setView,
    );
    sync.current = current;
    current.start();
    const reconnect = () => current.reconnect();
    // Leaving (closing the tab, another app): send now what would have gone after the pause.
    const flush = () => current.flush();
    const hidden = () => document.visibilityState === 'hidden' && current.flush();
    window.addEventListener('online', reconnect);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', reconnect);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      current.flush();
      current.close();
    };
  }, [userId, online]);
  return {
    view,
    edit: (section: SafetyPlanSection, text: string) => sync.current?.edit(section, text),
    retry: () => sync.current?.reconnect(),
  };
}
