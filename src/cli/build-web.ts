import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { projectRoot } from '../server/config.ts';

/** What the web bundle is made from; a change to any of these makes the build stale. */
const inputs = ['src/web', 'src/core', 'src/shared', 'vite.config.ts', 'package-lock.json'];
const stampFile = '.source-hash';

function listFiles(entry: string): string[] {
  const full = path.join(projectRoot, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.endsWith('.test.ts'))
    .map((d) => path.relative(projectRoot, path.join(d.parentPath, d.name)));
}

/** A hash of the inputs' paths and contents (not mtimes: a fresh clone has new mtimes). */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(projectRoot, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

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
  compressAssets(outDir);
  fs.writeFileSync(path.join(outDir, stampFile), sourceHash());
  console.log(`Built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Text files worth compressing (images other than SVG are compressed already). Not index.html:
 * the server adds to it per request (web-app.ts). */
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
  const stamp = path.join(outDir, stampFile);
  const current = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : undefined;
  if (current !== sourceHash()) await buildWeb(outDir);
}
