import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isCurrent, projectRoot, stamp, webInputs } from '../../bin/builds.mjs';

export async function buildWeb(outDir: string): Promise<void> {
  const started = Date.now();
  console.log('Building the web app…');
  const { build } = await import('vite');
  // Always a production bundle, even when called from a test runner (NODE_ENV=test would make
  // Vite bundle React's development build, several times larger).
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  nameServiceWorkerCache(outDir);
  compressAssets(outDir);
  stamp(outDir, webInputs);
  console.log(`Built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Names the service worker's cache after this build (public/sw.js holds a placeholder name), so
 * an upgrade gives the device a new worker that drops the previous build's files instead of
 * keeping every version's scripts forever; and lists the build's scripts and styles for it to
 * fetch at install, so every screen opens offline.
 */
function nameServiceWorkerCache(outDir: string): void {
  const file = path.join(outDir, 'sw.js');
  const build = createHash('sha256')
    .update(fs.readFileSync(path.join(outDir, 'index.html')))
    .digest('hex')
    .slice(0, 12);
  const source = fs.readFileSync(file, 'utf8');
  // Every script and style of the build, for the worker to fetch at install (public/sw.js).
  const assets = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => `/assets/${name}`);
  const named = source
    .replace("const cacheName = 'rekindle-app';", `const cacheName = 'rekindle-app-${build}';`)
    .replace('const precache = [];', `const precache = ${JSON.stringify(assets)};`);
  if (!named.includes(`rekindle-app-${build}`) || !named.includes('const precache = ["'))
    throw new Error('public/sw.js no longer names its cache and its files as the build expects.');
  fs.writeFileSync(file, named);
}

/**
 * Text files worth compressing (images other than SVG are compressed already). Not index.html:
 * the server adds to it per request (web-app.ts).
 */
const compressible = /\.(js|css|svg|json|webmanifest)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, once, so the
 * server sends a quarter of the bytes without compressing on every request (web-app.ts serves
 * them by Accept-Encoding). Small files are left alone: compressing them saves less than it costs.
 */
function compressAssets(outDir: string): void {
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = fs.readFileSync(file);
    if (body.length < 1024) continue;
    fs.writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Builds the web app when it is missing or older than its sources; otherwise does nothing. */
export async function ensureWebBuild(outDir: string): Promise<void> {
  if (!isCurrent(outDir, webInputs)) await buildWeb(outDir);
}
