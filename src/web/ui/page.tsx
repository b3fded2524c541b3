import type { ReactNode } from 'react';

/** The frame of every screen: a skip link, the app name, and one main landmark. */
export function Page({
  children,
  header,
  nav,
}: {
  children: ReactNode;
  header?: ReactNode;
  nav?: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          Rekindle
        </span>
        {header}
      </header>
      {nav}
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
