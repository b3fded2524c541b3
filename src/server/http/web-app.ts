import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionCookie } from '../auth/sessions.ts';
import type { AppEnv } from './env.ts';

/** Asks for the person's plan while the scripts load; main.tsx takes it up when it is there. */
const todayPreload = '<link rel="preload" href="/api/today" as="fetch" crossorigin />';

/**
 * Serves the built single-page app: hashed assets are cached for a year, everything else falls
 * back to index.html (never cached) so client-side routes like /today work on reload. Text files
 * go out as the build's brotli or gzip copies when the browser takes them.
 */
export function webApp(webDir: string) {
  const indexPath = path.join(webDir, 'index.html');
  const app = new Hono<AppEnv>();
  app.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );

  // Read once: the build does not change under a running server (npm start builds before serving).
  let pages: { signedOut: string; signedIn: string } | undefined;
  const page = (c: Context<AppEnv>) => {
    if (!pages && fs.existsSync(indexPath)) {
      const html = fs.readFileSync(indexPath, 'utf8');
      pages = { signedOut: html, signedIn: html.replace('</head>', `    ${todayPreload}\n  </head>`) };
    }
    if (!pages) {
      return c.text(
        'The web app has not been built yet. Run `npm run build`, or start with `npm start`.',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Cookie');
    // Only a hint: whoever carries a session cookie is most likely signed in and about to see
    // their plan, so it travels alongside the scripts instead of after them. The session itself
    // is checked when the plan is asked for.
    return c.html(getCookie(c, sessionCookie) ? pages.signedIn : pages.signedOut);
  };
  app.get('/', page);
  app.get('/index.html', page);
  app.use(
    '*',
    serveStatic({
      root: webDir,
      precompressed: true,
      onFound: (_p, c) => c.header('Cache-Control', 'no-cache'),
    }),
  );
  app.get('*', page);
  return app;
}
