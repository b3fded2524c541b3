import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { NotificationItem } from '../../../shared/api/reminders.ts';
import { request } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { DelayedProgress } from '../../ui/delayed-progress.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { LoadError } from '../../ui/load-error.tsx';
import { setUnread } from '../../ui/notification-badge.tsx';
import { SignedInPage } from '../../ui/signed-in-page.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { when } from './when.ts';
import './notifications-screen.css';

/** The reminders that have come, newest first; opening one marks it read. */
export function NotificationsScreen() {
  const { state, reload } = useApi('/notifications?limit=50');
  return (
    <SignedInPage>
      <h1>Notifications</h1>
      {state.status === 'loading' && <DelayedProgress label="Loading your notifications…" />}
      {state.status === 'error' && <LoadError error={state.error} retry={reload} />}
      {state.status === 'ready' && (
        <NotificationList loaded={state.data.notifications} serverUnread={state.data.unread} />
      )}
    </SignedInPage>
  );
}

const newestFirst = (a: NotificationItem, b: NotificationItem) => b.createdAt.localeCompare(a.createdAt);

const countUnread = (list: NotificationItem[]) => list.filter((n) => n.readAt === null).length;

function NotificationList({ loaded, serverUnread }: { loaded: NotificationItem[]; serverUnread: number }) {
  const [items, setItems] = useState(() => [...loaded].sort(newestFirst));
  // Unread ones older than the list shows still count, until "Mark all as read".
  const [older, setOlder] = useState(() => Math.max(0, serverUnread - countUnread(loaded)));
  const unread = countUnread(items) + older;
  // The bell in the header shows what this list shows (told at once: opening one leaves this page).
  useEffect(() => setUnread(unread), [unread]);
  const markAll = useSubmit(async () => {
    await request('POST', '/notifications/read', { all: true });
    setItems((list) => list.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() })));
    setOlder(0);
    setUnread(0);
  });
  const open = (id: string) => {
    if (items.some((n) => n.id === id && n.readAt === null)) setUnread(unread - 1);
    setItems((list) =>
      list.map((n) => (n.id === id ? { ...n, readAt: n.readAt ?? new Date().toISOString() } : n)),
    );
    // Nothing waits for it: the page it leads to opens at once (if it is lost, it stays unread).
    request('POST', `/notifications/${id}/read`).catch(() => {});
  };

  if (items.length === 0) {
    return (
      <div className="notice notifications-empty">
        <p>Nothing yet. Reminders you switch on will appear here.</p>
        <Link href="/reminders">Set up reminders</Link>
      </div>
    );
  }
  return (
    <>
      {unread > 0 && (
        <form onSubmit={markAll.onSubmit} className="mark-all">
          <p>{unread === 1 ? '1 new notification.' : `${unread} new notifications.`}</p>
          <FormFooter error={markAll.error} pending={markAll.pending} busyLabel="Marking…" kind="small">
            Mark all as read
          </FormFooter>
        </form>
      )}
      <ul className="notification-list">
        {items.map((n) => (
          <li key={n.id} className={n.readAt === null ? 'notification unread' : 'notification'}>
            <h2 className="notification-title">
              {n.readAt === null && <span className="new-tag">New</span>}
              {n.readAt === null && ' '}
              {n.title}
            </h2>
            <p>{n.body}</p>
            <p className="notification-foot">
              <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
              <Link href={n.href} className="notification-open" onClick={() => open(n.id)}>
                Open<span className="sr-only">: {n.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/reminders">Choose which reminders come</Link>
      </p>
    </>
  );
}
