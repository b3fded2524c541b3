import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/client.ts';
import { SessionProvider } from './api/session.tsx';
import { App } from './app.tsx';
import './ui/styles.css';

// Who is signed in, and (on the page opened most) the plan, both on their way before React starts.
prefetch('/session');
if (location.pathname === '/today') prefetch('/today');

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
