// Prints the production build's initial JS and CSS (gzip bytes) and fails past the budgets.
// Initial = what index.html loads before any lazy chunk. Also the text layer (the safety screen's
// chunk and the checker's), loaded after first paint: 80 KB gzip together.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = path.resolve(import.meta.dirname, '../dist/web');
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(js|css))"/g)].map((m) => ({
  file: m[1],
  kind: m[2],
}));
const budgets = { js: 110 * 1024, css: 15 * 1024 };
const totals = { js: 0, css: 0 };
for (const { file, kind } of initial)
  totals[kind] += gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
let ok = true;
for (const kind of ['js', 'css']) {
  const within = totals[kind] <= budgets[kind];
  ok &&= within;
  console.log(
    `initial ${kind}: ${(totals[kind] / 1024).toFixed(1)} KB gzip (budget ${budgets[kind] / 1024} KB) ${within ? 'ok' : 'OVER BUDGET'}`,
  );
}
const textChunks = fs
  .readdirSync(path.join(dir, 'assets'))
  .filter((f) => /^(live-care|checker-reading)-.*\.js$/.test(f));
const text = textChunks.reduce(
  (sum, f) => sum + gzipSync(fs.readFileSync(path.join(dir, 'assets', f)), { level: 9 }).length,
  0,
);
const textOk = textChunks.length === 2 && text <= 80 * 1024;
ok &&= textOk;
console.log(
  `text layer (${textChunks.join(', ') || 'chunks not found'}): ${(text / 1024).toFixed(1)} KB gzip (budget 80 KB) ${textOk ? 'ok' : 'OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
