import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { users } from '../../src/server/db/schema.ts';
import { browserSuite, expectAccessible, screenshot } from '../support/browser.ts';
import { uniqueEmail } from '../support/client.ts';
import { runCli, type SpawnedServer, spawnServer } from '../support/spawn-server.ts';
import { pgliteTemplatePath, readTemplate } from '../support/template.ts';
import { LoginPage } from './pages.ts';

// Its own server: `rekindle user reset-link` opens the embedded database, which allows one
// process at a time, so the link is made before this server starts (as an operator would).
const suite = browserSuite();
const email = uniqueEmail('forgot');
let dataDir: string;
let server: SpawnedServer;
let linkPath: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-e2e-reset-'));
  const database = await openDatabase({
    kind: 'pglite',
    dataDir,
    template: readTemplate(await pgliteTemplatePath()),
  });
  const passwordHash = await hashPassword('the password I forgot');
  await database.db.insert(users).values({ email, passwordHash, createdAt: new Date() });
  await database.close();
  const made = await runCli(['user', 'reset-link', email], { REKINDLE_DATA_DIR: dataDir });
  const link = /(\/reset\?token=[\w-]+)/.exec(made.output);
  if (made.code !== 0 || !link) throw new Error(`reset-link failed:\n${made.output}`);
  linkPath = link[1]!;
  server = await spawnServer({ REKINDLE_DATA_DIR: dataDir });
});
afterAll(async () => {
  server?.process.kill('SIGTERM');
  await server?.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a reset link from the operator', () => {
  it('opens a page that sets a new password, which then signs in', async () => {
    const context = await suite.browser().newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    suite.watch(page);
    const newPassword = 'lanterns over the harbour';

    await page.goto(`${server.url}${linkPath}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'reset');

    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('at least 10 characters');

    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your password is changed' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'reset-done');

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    const login = new LoginPage(page);
    await login.heading().waitFor();
    await login.signIn(email, newPassword);
    await page.getByRole('heading', { level: 1, name: 'Let us start with what happened' }).waitFor();

    // The link worked once: opened again, it says so plainly.
    const again = await context.newPage();
    suite.watch(again);
    await again.goto(`${server.url}${linkPath}`);
    await again.getByLabel('New password', { exact: true }).fill('another long walk home');
    await again.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => again.getByRole('alert').textContent()).toContain('already been used');
    await context.close();
  });
});
