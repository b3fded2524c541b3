import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Serves the built single-page app: hashed assets are cached for a year, everything else falls
 * back to index.html (never cached) so client-side routes like /today work on reload.
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
  app.use(
    '*',
    serveStatic({
      root: webDir,
      precompressed: true,
      onFound: (_p, c) => c.header('Cache-Control', 'no-cache'),
    }),
  );
  // Read once: the build does not change under a running server (npm start builds before serving).
  let indexHtml: string | undefined;
  app.get('*', (c) => {
    indexHtml ??= fs.existsSync(indexPath) ? fs.readFileSync(indexPath, 'utf8') : undefined;
    if (indexHtml === undefined) {
      return c.text(
        'The web app has not been built yet. Run `npm run build`, or start with `npm start`.',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
