import { describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { freshDatabaseEnv } from '../support/database-env.ts';
import { runCli, spawnServer, stopAfterwards } from '../support/spawn-server.ts';

const { servers: running, cleanups } = stopAfterwards('each');

async function start(env: Record<string, string>) {
  const server = await spawnServer(env);
  running.push(server);
  return server;
}

async function database(only?: 'pglite') {
  const d = await freshDatabaseEnv(only);
  cleanups.push(d.cleanup);
  return d;
}

describe('the server process', () => {
  it('finishes the request in flight on SIGTERM, exits cleanly, and keeps the data for the next start', async () => {
    const { env } = await database();
    const first = await start(env);
    const email = uniqueEmail();
    const signup = new Client(first.url).signup(email); // hashing takes a while: still in flight
    await new Promise((r) => setTimeout(r, 15));
    first.process.kill('SIGTERM');
    expect((await signup).status).toBe(201);
    expect(await first.exited).toBe(0);
    running.splice(running.indexOf(first), 1);

    const second = await start(env);
    expect((await new Client(second.url).login(email)).status).toBe(200);
  });

  it('lists and deletes accounts from the command line', async () => {
    const { env } = await database();
    const server = await start(env);
    const keep = uniqueEmail('keep');
    const remove = uniqueEmail('remove');
    await new Client(server.url).signup(keep);
    await new Client(server.url).signup(remove);
    server.process.kill('SIGTERM');
    await server.exited;
    running.splice(running.indexOf(server), 1);

    const list = await runCli(['user', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.output).toContain(keep);
    expect(list.output).toContain(remove);
    expect(list.output).toContain('2 accounts');
    const del = await runCli(['user', 'delete', remove], env);
    expect(del.code).toBe(0);
    const missing = await runCli(['user', 'delete', remove], env);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain(`No account has the email ${remove}`);
    const after = await runCli(['user', 'list'], env);
    expect(after.output).not.toContain(remove);
    expect(after.output).toContain(keep);
  });

  it('keeps every acknowledged write when killed with SIGKILL mid-burst', async () => {
    const { env } = await database();
    const acknowledged: string[] = [];
    const checkins: string[] = [];
    const urges: string[] = [];
    // One person who keeps logging while accounts are being created around them.
    let server = await start(env);
    const email = uniqueEmail('steady-writer');
    const first = new Client(server.url);
    await first.signup(email);
    // The same session, carried across restarts the way a browser keeps its cookie.
    const as = (url: string) => Object.assign(new Client(url), { cookie: first.cookie });
    for (let round = 0; round < 3; round++) {
      if (round > 0) server = await start(env);
      const person = as(server.url);
      let stop = false;
      const signups = async (id: number) => {
        for (let i = 0; !stop; i++) {
          const address = uniqueEmail(`burst${round}-${id}-${i}`);
          const res = await new Client(server.url).signup(address).catch(() => undefined);
          if (res?.status === 201) acknowledged.push(address);
        }
      };
      const entries = async () => {
        for (let i = 0; !stop; i++) {
          const isUrge = i % 2 === 1;
          const res = await person
            .post(
              isUrge ? '/api/urges' : '/api/checkins',
              isUrge ? { intensity: i % 11, trigger: 'night' } : { mood: 5, sad: 5, desperate: 5, steady: 5 },
            )
            .catch(() => undefined);
          if (res?.status === 201) (isUrge ? urges : checkins).push((res.json as { id: string }).id);
        }
      };
      const writers = [signups(0), signups(1), entries(), entries()];
      await new Promise((r) => setTimeout(r, 800 + Math.random() * 700));
      server.process.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(writers);
      running.splice(running.indexOf(server), 1);
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(checkins.length + urges.length).toBeGreaterThan(10);
    const list = await runCli(['user', 'list'], env);
    expect(list.code).toBe(0);
    expect(acknowledged.filter((address) => !list.output.includes(address))).toEqual([]);
    const after = await start(env);
    const person = as(after.url);
    const storedCheckins = ((await person.get('/api/checkins')).json as { id: string }[]).map((c) => c.id);
    const storedUrges = ((await person.get('/api/urges')).json as { id: string }[]).map((u) => u.id);
    expect(checkins.filter((id) => !storedCheckins.includes(id))).toEqual([]);
    expect(urges.filter((id) => !storedUrges.includes(id))).toEqual([]);
    console.log(
      `crash rounds: 3; acknowledged writes: ${acknowledged.length + checkins.length + urges.length}; lost: 0`,
    );
  });
});

describe('the embedded data folder', () => {
  it('refuses a second process on the same folder with a clear message, and the first keeps working', async () => {
    const { env } = await database('pglite'); // the lock belongs to the embedded database
    const first = await start(env);
    await expect(spawnServer(env)).rejects.toThrow(
      /Another Rekindle process \(PID \d+\) is already using the data folder/,
    );
    const email = uniqueEmail();
    expect((await new Client(first.url).signup(email)).status).toBe(201);
    expect((await new Client(first.url).login(email)).status).toBe(200);
  });
});
