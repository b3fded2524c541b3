import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase } from '../../src/server/db/database.ts';
import { createPostgresDatabase } from './postgres.ts';
import { readTemplate } from './template.ts';

/**
 * Environment for a spawned server on its own fresh database: a PGlite data folder prepared
 * from the migrated template (to skip the slow first creation), or a new PostgreSQL database.
 */
export async function freshDatabaseEnv(
  only?: 'pglite',
): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  const pgTemplate = inject('postgresTemplate');
  const url = process.env.DATABASE_URL;
  if (pgTemplate && url && only !== 'pglite') {
    const created = await createPostgresDatabase(url, pgTemplate);
    return { env: { DATABASE_URL: created.url }, cleanup: async () => void (await created.drop()) };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-proc-'));
  const prepared = await openDatabase({
    kind: 'pglite',
    dataDir,
    template: readTemplate(inject('pgliteTemplate')),
  });
  await prepared.close();
  return {
    env: { REKINDLE_DATA_DIR: dataDir },
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
