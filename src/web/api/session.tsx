import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Credentials, Me } from '../../shared/api/auth.ts';
import type { Answer } from '../../shared/api/routes.ts';
import { earlyAnswers, forgetPrefetched, getOnce, request, type Settled, takeArrived } from './client.ts';
import { clearDevice, dropOtherAccounts } from './device-store.ts';
import { keepSending } from './outbox.ts';
import { unsubscribeFromPush } from './push.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: Me }
  | { status: 'error'; message: string };

type Session = {
  state: SessionState;
  signUp(credentials: Credentials): Promise<void>;
  signIn(credentials: Credentials): Promise<void>;
  signOut(): Promise<void>;
  retry(): void;
};

function sessionState(answer: Settled<Answer<'GET', '/session'>>): SessionState {
  if (!answer.ok) {
    const { error } = answer;
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  return answer.data.user ? { status: 'signed-in', user: answer.data.user } : { status: 'signed-out' };
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  // Usually the early check (main.tsx) has answered by the first render, which then shows the page.
  const [state, setState] = useState<SessionState>(() => {
    const arrived = takeArrived('/session');
    return arrived ? sessionState(arrived) : { status: 'loading' };
  });

  const load = useCallback(() => {
    getOnce('/session')
      .then(
        (data) => sessionState({ ok: true, data }),
        (error: unknown) => sessionState({ ok: false, error }),
      )
      .then(async (next) => {
        await earlyAnswers();
        setState(next);
      });
  }, []);
  // What someone keeps on this device (their safety plan's copy, drafts, the outbox) stays only
  // while they are the one signed in here: not after their account is deleted, signed out
  // elsewhere, or another person signs in.
  const signedInId = state.status === 'signed-in' ? state.user.id : undefined;
  useEffect(() => {
    if (state.status === 'signed-out') clearDevice();
    if (!signedInId) return undefined;
    dropOtherAccounts(signedInId);
    // Writes made here without a network go out when it is back (api/outbox.ts).
    return keepSending(signedInId);
  }, [state.status, signedInId]);
  const arrivedFirst = useRef(state.status !== 'loading');
  useEffect(() => {
    if (arrivedFirst.current) arrivedFirst.current = false;
    else load();
  }, [load]);

  const signUp = useCallback(async (credentials: Credentials) => {
    const user = await request('POST', '/auth/signup', credentials);
    forgetPrefetched();
    setState({ status: 'signed-in', user });
  }, []);
  const signIn = useCallback(async (credentials: Credentials) => {
    const user = await request('POST', '/auth/login', credentials);
    forgetPrefetched();
    setState({ status: 'signed-in', user });
  }, []);
  const signOut = useCallback(async () => {
    // What this device kept belongs to the account that is leaving: gone first, even if the
    // server cannot be reached.
    clearDevice();
    // Reminders for the account that is leaving stop coming to this device (a shared phone).
    await unsubscribeFromPush().catch(() => {});
    await request('POST', '/auth/logout');
    forgetPrefetched();
    setState({ status: 'signed-out' });
  }, []);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    load();
  }, [load]);

  const value = useMemo(
    () => ({ state, signUp, signIn, signOut, retry }),
    [state, signUp, signIn, signOut, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
