import { afterAll, describe, expect, it } from 'vitest';
import { Client, uniqueEmail } from '../support/client.ts';
import * as fixtures from '../support/import-fixtures.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const figures = {
  expected: 0,
  arrived: 0,
  bad: 0,
  refused: 0,
  healthAnswers: 0,
  longestGapMs: 0,
  otherAnswers: 0,
  otherGapMs: 0,
};
afterAll(async () => {
  console.log(
    `import: rows round-tripped ${figures.arrived}/${figures.expected}; ` +
      `bad rows refused ${figures.refused}/${figures.bad}; ` +
      `health answers during import ${figures.healthAnswers} (longest gap ${figures.longestGapMs} ms); ` +
      `another person's /api/me answers ${figures.otherAnswers} (longest gap ${figures.otherGapMs} ms)`,
  );
});

const newAccount = (label: string) => signedUpPerson(server.url, uniqueEmail(label));

/** Asks `path` one request after another until `done` settles; counts the answers. */
async function poll(done: Promise<unknown>, path: string, client = new Client(server.url)) {
  let settled = false;
  void done.finally(() => {
    settled = true;
  });
  let answers = 0;
  let longestGap = 0;
  let last = performance.now();
  while (!settled) {
    const res = await client.get(path);
    // Only answers that came back while the import was still running count.
    if (settled) break;
    if (res.status === 200) answers += 1;
    const at = performance.now();
    longestGap = Math.max(longestGap, at - last);
    last = at;
  }
  return { answers, longestGap };
}

describe('import of a real export', () => {
  it('arrives whole, and the server keeps answering while it runs', async () => {
    const from = await newAccount('from');
    expect((await from.client.put('/api/program', fixtures.onboarding)).status).toBe(200);
    await fixtures.seedJournal(server.database.db, from.id, 12_000, server.clock.now);
    const exported = (await from.client.get('/api/export')).json as fixtures.ExportFile;
    const sent = await fixtures.countExported(server.database.db, from.id);
    figures.expected = sent.journal_entries ?? 0;

    const to = await newAccount('to');
    const other = await newAccount('other');
    const importing = to.client.post('/api/import', exported);
    // Health needs no database; another person's requests do (on PGlite they wait for the
    // import's transaction: printed, not asserted).
    const [health, others] = await Promise.all([
      poll(importing, '/api/health'),
      poll(importing, '/api/me', other.client),
    ]);
    const res = await importing;
    expect(res.status, res.text).toBe(200);
    const arrived = await fixtures.countExported(server.database.db, to.id);
    figures.arrived = arrived.journal_entries ?? 0;
    figures.healthAnswers = health.answers;
    figures.longestGapMs = Math.round(health.longestGap);
    figures.otherAnswers = others.answers;
    figures.otherGapMs = Math.round(others.longestGap);
    expect(arrived).toEqual(sent);
    expect(figures.arrived).toBe(12_000);
    expect(health.answers).toBeGreaterThan(0);
  });

  it('refuses rows its routes would refuse, and imports nothing', async () => {
    const bad: fixtures.ExportFile['tables'][] = [
      { programs: [{ ...fixtures.onboarding, timeZone: 'Mars/Base' }] },
      { journal_entries: [{ text: 'x'.repeat(5_000_000) }] },
      {
        programs: [fixtures.onboarding],
        first_contacts: [{ text: 'Hi, how are you?', channel: 'text', sentAt: '2099-06-01T12:00:00.000Z' }],
      },
    ];
    for (const tables of bad) {
      const to = await newAccount('bad');
      const res = await to.client.post('/api/import', fixtures.exportOf(tables));
      figures.bad += 1;
      const nothing = fixtures.total(await fixtures.countExported(server.database.db, to.id)) === 0;
      if (res.status === 422 && nothing) figures.refused += 1;
    }
    expect(figures.refused).toBe(figures.bad);
  });
});
