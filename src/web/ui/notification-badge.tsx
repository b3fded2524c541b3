import { useEffect, useState } from 'react';
import { Link, useRoute } from 'wouter';
import { request } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import './notification-badge.css';

// One count for the whole app, asked for when it opens and when it comes back into view: every
// screen draws its own header, and asking on each of them would cost a request per tap.
let known: { userId: string; unread: number } | undefined;
let asking: string | undefined;
const listeners = new Set<() => void>();
const tell = () => {
  for (const listener of listeners) listener();
};

function ask(userId: string) {
  if (asking === userId) return;
  asking = userId;
  request('GET', '/notifications?limit=0')
    .then(
      ({ unread }) => {
        known = { userId, unread };
        tell();
      },
      // No count is better than a wrong one: offline, the bell simply shows none.
      () => {},
    )
    .finally(() => {
      asking = undefined;
    });
}

/** The list has changed the count (opened, all read): the bell follows without asking again. */
export function setUnread(unread: number) {
  if (!known) return;
  known = { ...known, unread: Math.max(0, unread) };
  tell();
}

function useUnread(userId: string | undefined): number {
  const [, redraw] = useState(0);
  useEffect(() => {
    if (!userId) return undefined;
    const listener = () => redraw((n) => n + 1);
    listeners.add(listener);
    // First after the screen's own data and paint (on a slow phone the count is not worth
    // delaying Today for); then whenever the app comes back into view.
    const first = known?.userId !== userId ? setTimeout(() => ask(userId), 1500) : undefined;
    const again = () => {
      if (document.visibilityState === 'visible') ask(userId);
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      clearTimeout(first);
      listeners.delete(listener);
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [userId]);
  return known && known.userId === userId ? known.unread : 0;
}

/** A bell in the header leading to the notifications, with the unread count when there is one. */
export function NotificationBadge() {
  const { state } = useSession();
  const userId = state.status === 'signed-in' ? state.user.id : undefined;
  const unread = useUnread(userId);
  const [here] = useRoute('/notifications');
  if (!userId) return null;
  return (
    <Link
      href="/notifications"
      className="notification-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      aria-current={here ? 'page' : undefined}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 3.5a5.5 5.5 0 0 0-5.5 5.5v3.6L4.8 16h14.4l-1.7-3.4V9A5.5 5.5 0 0 0 12 3.5ZM9.8 18.5a2.3 2.3 0 0 0 4.4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
