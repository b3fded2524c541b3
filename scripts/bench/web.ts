// npm run bench:web — what a person on a cheap phone and a slow network waits for, measured in
// Debian's Chromium on the production build: the initial JS and CSS of Today (gzip bytes); with
// the CPU slowed 4× and a 3G network (300 ms round trip, 1.6 Mbit/s down, 768 kbit/s up, as
// WebPageTest's "3G" profile), the largest contentful paint of Today on a fresh load and on a
// repeat visit; and the time from a keystroke to the message checker's highlight in the composer.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { reflectedPerson, signInBrowser } from '../../tests/support/people.ts';
import { root, startRekindle } from './harness.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.error(`bench:web needs Chromium at ${chromiumPath} (apt-get install -y chromium).`);
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The production build, and its initial bytes (the same figures CI checks).
const build = spawnSync(process.execPath, [path.join(root, 'bin/rekindle.mjs'), 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const bundle = spawnSync(process.execPath, [path.join(root, 'scripts/check-bundle.mjs')], {
  encoding: 'utf8',
});
process.stdout.write(bundle.stdout);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-bench-web-'));
const server = await startRekindle({ REKINDLE_DATA_DIR: dataDir });
const base = server.base;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** A person in their first week of no contact, signed in within `context`. */
async function signedIn(context: BrowserContext): Promise<void> {
  await signInBrowser(context, await reflectedPerson(base, new Date(), 'they_ended', 6));
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 300,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (768 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Opens Today and returns its largest contentful paint, once the page shows its next step. Watched
 * from inside the page with a light timer, not Playwright's locators: those poll the page's main
 * thread, which under the 4× slowdown delayed the very paint being measured.
 */
async function todayLcp(page: Page, url = `${base}/today`): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const lcp = await page.evaluate(`new Promise((resolve) => {
    let latest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) latest = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // The observer's entries arrive a little after the paint; under the slowdown, 200 ms was once
    // not enough and a run read 0 ms. Wait for the first entry (at most 5 s more).
    const shown = () => setTimeout(() => resolve(latest), 200);
    const settle = (since) => (latest > 0 || performance.now() - since > 5000 ? shown() : setTimeout(() => settle(since), 50));
    const check = () => (document.querySelector('a.next-action') ? requestAnimationFrame(() => settle(performance.now())) : setTimeout(check, 50));
    check();
  })`);
  await page.getByRole('link', { name: 'I want to text Alex' }).waitFor();
  if (!((lcp as number) > 0)) throw new Error('Today painted, but no largest contentful paint was reported.');
  return lcp as number;
}

// The floor, as hello world is for the API: Today's words as a static page from a bare node:http
// server, no script at all, under the same throttling. What the app adds is above this.
const floorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>Today</title></head>
<body><h1>Today</h1><p>You are in no contact with Alex: day 6. The earliest you could write to him
is in 24 days, if you feel steady by then.</p><a class="next-action" href="/urge">I want to text Alex</a></body></html>`;
const floorServer = http.createServer((_req, res) => res.end(floorPage));
await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`;

const floor: number[] = [];
const fresh: number[] = [];
const repeat: number[] = [];
const keystroke: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const bare = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const barePage = await bare.newPage();
    await throttle(barePage);
    floor.push(await todayLcp(barePage, floorUrl));
    await bare.close();

    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, timezoneId: 'UTC' });
    await signedIn(context);
    const page = await context.newPage();
    await throttle(page);
    fresh.push(await todayLcp(page));
    // A repeat visit is one the service worker serves: wait until it has the app.
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
    repeat.push(await todayLcp(page));

    // The composer: type a needy draft, then time the last keystroke until its reading is shown.
    await page.clock.install({ time: new Date(`${new Date().toISOString().slice(0, 10)}T14:00:00Z`) });
    await page.goto(`${base}/urge`);
    const box = page.getByRole('textbox', { name: 'What you want to tell Alex' });
    const text = 'I miss you so much, please just talk to me';
    await box.fill(text.slice(0, -1));
    await page.locator('mark').first().waitFor();
    await box.focus();
    // A string, not a function: tsx would wrap inner functions in a helper the page lacks;
    // `void`, so that evaluating it does not wait for the promise.
    await page.evaluate(`void (window.keyToHighlight = new Promise((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => { pressed = performance.now(); }, { once: true });
      new MutationObserver((_, observer) => {
        const reading = document.querySelector('p.highlighted');
        if (pressed && reading && reading.textContent === ${JSON.stringify(text)} && reading.querySelector('mark')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - pressed));
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }))`);
    await page.keyboard.press(text.slice(-1));
    keystroke.push(
      await page.evaluate(() => (window as unknown as { keyToHighlight: Promise<number> }).keyToHighlight),
    );
    await context.close();
  }
} finally {
  floorServer.close();
  await browser.close();
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const row = (label: string, values: number[], budget: number) =>
  console.log(
    `${label.padEnd(38)} median ${String(Math.round(median(values))).padStart(5)} ms  (runs: ${values.map(Math.round).join(', ')})  budget ≤ ${budget} ms: ${median(values) <= budget ? 'met' : 'NOT MET'}`,
  );
console.log(`\nChromium, 360 px, CPU 4× slower, 3G (300 ms RTT, 1.6 Mbit/s), ${runs} runs:`);
console.log(
  `${'floor: the same words, static, no script'.padEnd(38)} median ${String(Math.round(median(floor))).padStart(5)} ms  (runs: ${floor.map(Math.round).join(', ')})`,
);
row('Today LCP, fresh load', fresh, 1500);
row('Today LCP, repeat visit', repeat, 600);
row('keystroke to checker highlight', keystroke, 50);
// For the CI budget check (scripts/bench/ci.ts).
if (process.env.BENCH_JSON) {
  fs.writeFileSync(
    process.env.BENCH_JSON,
    JSON.stringify({
      floor: median(floor),
      fresh: median(fresh),
      repeat: median(repeat),
      keystroke: median(keystroke),
    }),
  );
}
