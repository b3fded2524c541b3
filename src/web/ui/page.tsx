import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import './page.css';

/**
 * The frame of every screen: a skip link, the app name, a way to get help (on every screen,
 * signed in or out), and one main landmark.
 */
export function Page({
  children,
  header,
  nav,
}: {
  children: ReactNode;
  header?: ReactNode;
  nav?: ReactNode;
}) {
  const [onHelp] = useRoute('/help');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span className="brand-name">Rekindle</span>
        </span>
        {header}
        <Link href="/help" className="get-help" aria-current={onHelp ? 'page' : undefined}>
          Get help
        </Link>
      </header>
      {nav}
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
