// Draws the PNG icons an installed app needs from src/web/public/icon.svg's flame, in Chromium
// (the one the e2e tests use): run `node scripts/make-icons.mjs` after changing the icon.
//   icon-192.png, icon-512.png  the rounded tile, for the manifest ("any")
//   icon-maskable-512.png       full-bleed, the flame inside the middle 60% (the safe zone)
//   apple-touch-icon.png        180 × 180, full-bleed and opaque: iOS rounds the corners itself
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.resolve(import.meta.dirname, '../src/web/public');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const background = svg.match(/<rect[^>]*fill="([^"]+)"/)[1];
const flame = svg.match(/<path[^>]*\/>/)[0];

/** The flame on a full square, shrunk by `scale` around the centre. */
const fullBleed = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/>` +
  `<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${flame}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.75) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const src = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${icon.size}" height="${icon.size}">`,
    );
    await page.locator('img').screenshot({ path: path.join(dir, icon.file), omitBackground: true });
    console.log(`${icon.file} ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
