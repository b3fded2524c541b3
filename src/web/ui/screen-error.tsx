import { Component, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Page } from './page.tsx';

type State = { failed: boolean };

/**
 * Whatever stops a screen from opening (most often its code, fetched on the first visit, with no
 * network) shows a plain message and a way to try again instead of a blank page. Keyed by the
 * location where it is used, so moving to another page starts afresh.
 */
export class ScreenError extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return (
      <Page>
        <h1>This page did not open</h1>
        <p role="alert">
          {offline
            ? 'You seem to be offline, and this page needs the network the first time it opens. Check your connection and try again.'
            : 'Something got in the way while opening it. Please try again.'}
        </p>
        {/* A fresh load: a screen's code that failed to arrive is only fetched again that way. */}
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Try again
        </button>
        <p>
          <Link href="/today">Back to Today</Link>
        </p>
      </Page>
    );
  }
}
