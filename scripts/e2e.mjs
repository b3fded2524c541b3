// Runs the end-to-end suite in Debian's Chromium (driven by playwright-core).
// Without a Chromium on this machine the suite cannot run: in CI that is a failure; on a
// developer's machine it says so plainly and how to install one, and the other layers still count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const message = `End-to-end tests need Chromium at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`\n*** E2E NOT RUN *** ${message}\n`);
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
