import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../src/cli/build-web.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { spawnServer } from './spawn-server.ts';
import { pgliteTemplatePath, readTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the web app if stale and starts one real server on a fresh embedded database. */
export default async function setup(project: TestProject) {
  await ensureWebBuild(path.resolve(import.meta.dirname, '../../dist/web'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-e2e-'));
  const prepared = await openDatabase({
    kind: 'pglite',
    dataDir,
    template: readTemplate(await pgliteTemplatePath()),
  });
  await prepared.close();
  // As if behind a proxy, so each browser context can come from its own address (browser.ts): the
  // suite signs up more people in an hour than one address may (30), and the limits are the trust
  // suite's to test, not this one's.
  const server = await spawnServer({ REKINDLE_DATA_DIR: dataDir, REKINDLE_TRUST_PROXY: 'true' });
  project.provide('baseUrl', server.url);
  return async () => {
    server.process.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
