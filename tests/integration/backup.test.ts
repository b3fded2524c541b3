import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { programOnFixedDays } from '../support/people.ts';
import { runCli, spawnServer, stopAfterwards } from '../support/spawn-server.ts';

const { servers: running, cleanups } = stopAfterwards('all');

/** Entries under dir that its owner's group or others may read, write or enter. */
function privacyLeaks(dir: string): string[] {
  const stat = fs.lstatSync(dir);
  const own = stat.mode & 0o077 ? [`${(stat.mode & 0o777).toString(8)} ${dir}`] : [];
  if (!stat.isDirectory()) return own;
  return [...own, ...fs.readdirSync(dir).flatMap((name) => privacyLeaks(path.join(dir, name)))];
}

const exportOf = async (client: Client) => {
  const { exportedAt: _at, ...rest } = (await client.get('/api/export')).json as Record<string, unknown>;
  return rest;
};

describe('rekindle backup and restore (embedded database)', () => {
  it('backs up while the server runs, and a restore brings back exactly what was backed up', async () => {
    const { env, cleanup } = await freshDatabaseEnv('pglite');
    cleanups.push(cleanup);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekindle-backup-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'snapshot.tar.gz');

    let server = await spawnServer(env);
    running.push(server);
    const email = uniqueEmail('backup');
    const client = new Client(server.url);
    await client.signup(email);
    await client.put('/api/program', programOnFixedDays);
    await client.post('/api/problems', { text: 'We stopped talking.', whosePart: 'both', fixable: true });
    await client.post('/api/journal', { text: 'A hard first week.' });
    const before = await exportOf(client);

    const backup = await runCli(['backup', file], env);
    expect(backup.output).toContain('The running server backed up');
    expect(backup.code).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600); // it holds everything people wrote

    await client.post('/api/journal', { text: 'Written after the backup.' });
    server.process.kill('SIGTERM');
    await server.exited;
    running.splice(0);

    const refused = await runCli(['restore', path.join(dir, 'missing.tar.gz')], env);
    expect(refused.code).toBe(2);
    const restore = await runCli(['restore', file], env);
    expect(restore.code).toBe(0);
    expect(restore.output).toContain('Restored');
    // The restored database and the one kept aside stay private to the folder's owner.
    const aside = /kept in (\S+);/.exec(restore.output)?.[1];
    expect(aside && fs.statSync(aside).isDirectory()).toBe(true);
    expect(privacyLeaks(env.REKINDLE_DATA_DIR!)).toEqual([]);

    server = await spawnServer(env);
    running.push(server);
    const again = new Client(server.url);
    expect((await again.login(email)).status).toBe(200);
    expect(await exportOf(again)).toEqual(before);
    expect(JSON.stringify(await exportOf(again))).not.toContain('Written after the backup.');
  }, 180_000); // two servers, a backup and a restore, each a few seconds on a busy machine
});
