import { describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('no account enumeration through timing', () => {
  it('"unknown email" and "wrong password" take the same time, within 20%', async () => {
    const accounts = [uniqueEmail('t1'), uniqueEmail('t2'), uniqueEmail('t3')];
    for (const email of accounts) await new Client(server.url).signup(email);
    const time = async (email: string) => {
      const t0 = performance.now();
      const res = await new Client(server.url).login(email, 'certainly not the password');
      expect(res.status).toBe(401);
      return performance.now() - t0;
    };
    await time(uniqueEmail('warm-up'));
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 24; i++) {
      unknown.push(await time(uniqueEmail('nobody')));
      wrong.push(await time(accounts[i % accounts.length]!));
    }
    const [u, w] = [median(unknown), median(wrong)];
    console.log(
      `login timing: unknown email median ${u.toFixed(1)} ms, wrong password median ${w.toFixed(1)} ms (ratio ${(u / w).toFixed(2)})`,
    );
    expect(u / w).toBeGreaterThan(0.8);
    expect(u / w).toBeLessThan(1.2);
  });
});
