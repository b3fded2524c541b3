import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Credentials, Me } from '../../shared/api/auth.ts';
import { forgetPrefetched, getOnce, request } from './client.ts';

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

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(() => {
    getOnce<{ user: Me | null }>('/session').then(
      ({ user }) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      (error: unknown) =>
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(load, [load]);

  const signUp = useCallback(async (credentials: Credentials) => {
    const user = await request<Me>('POST', '/auth/signup', credentials);
    forgetPrefetched();
    setState({ status: 'signed-in', user });
  }, []);
  const signIn = useCallback(async (credentials: Credentials) => {
    const user = await request<Me>('POST', '/auth/login', credentials);
    forgetPrefetched();
    setState({ status: 'signed-in', user });
  }, []);
  const signOut = useCallback(async () => {
    await request<void>('POST', '/auth/logout');
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
