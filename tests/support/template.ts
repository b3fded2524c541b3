import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/server/db/database.ts';

const root = path.resolve(import.meta.dirname, '../..');
const migrations = path.join(root, 'src/server/db/migrations');

/**
 * A migrated embedded database, saved once as a tarball. Creating a PGlite folder takes ~7 s;
 * loading this template takes well under a second. Cached by the migrations' content.
 */
export async function pgliteTemplatePath(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrations, { recursive: true }).map(String).sort()) {
    const full = path.join(migrations, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  hash.update(
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'))
      .version,
  );
  const dir = path.join(root, 'node_modules/.cache/rekindle');
  const file = path.join(dir, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ kind: 'pglite-memory' });
  await database.migrate();
  const dump = await database.dumpDataDir!();
  await database.close();
  fs.writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

export function readTemplate(file: string): Blob {
  return new Blob([fs.readFileSync(file)]);
}
