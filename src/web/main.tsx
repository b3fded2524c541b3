// The base sheet (tokens, dark mode, reset, type) and the blocks every screen writes as class names
// (card, button, notice). Each component imports its own sheet beside it, with its own class names,
// so no sheet depends on the order the browser gets them in.
import './ui/base.css';
import './ui/blocks.css';
import { createRoot } from 'react-dom/client';
import { prefetch } from './api/client.ts';
import { SessionProvider } from './api/session.tsx';
import { App } from './app.tsx';

// Who is signed in (preloaded by index.html), and the plan every signed-in page shows, both on
// their way before React starts. The plan only when the server preloaded it too, which it does
// for a browser with a session cookie: for anyone else it would be refused.
prefetch('/session');
if (document.querySelector('link[rel="preload"][href="/api/today"]')) prefetch('/today');

// The app itself is kept on the device (public/sw.js), so it opens again without waiting for the
// network. Only in the built app: in development it would serve stale code. Registered once the
// page has loaded and settled: installing fetches every screen's code, which must not compete with
// the first paint on a slow network.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => setTimeout(() => navigator.serviceWorker.register('/sw.js').catch(() => {}), 2000);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <SessionProvider>
      <App />
    </SessionProvider>,
  );
}
