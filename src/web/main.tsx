import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/client.ts';
import { SessionProvider } from './api/session.tsx';
import { App } from './app.tsx';
import './ui/styles.css';

// Who is signed in, and (on the page opened most) the plan, both on their way before React starts.
prefetch('/session');
if (location.pathname === '/today') prefetch('/today');

// The app itself is kept on the device (public/sw.js), so it opens again without waiting for the
// network. Only in the built app: in development it would serve stale code.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}
