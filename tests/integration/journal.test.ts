import { describe, expect, it } from 'vitest';
import { type Client, uniqueEmail } from '../support/client.ts';
import { type ExportFile, exportOf } from '../support/import-fixtures.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

type Entry = { id: string; text: string; prompt: string | null; at: string; createdAt: string };

const server = testServerForFile();

const person = async (label: string) => (await signedUpPerson(server.url, uniqueEmail(label))).client;
const entriesOf = async (client: Client) => (await client.get('/api/journal')).json as Entry[];
const minutesAgo = (minutes: number) => new Date(server.clock.now.getTime() - minutes * 60_000).toISOString();

describe('a journal entry carries when it was written (`at`)', () => {
  it('an entry written offline keeps its time: it round-trips, and the list is in the order they were written', async () => {
    const client = await person('journal-at');
    const written = minutesAgo(90);
    const offline = await client.post('/api/journal', { text: 'On the train, no signal.', at: written });
    expect(offline.status, offline.text).toBe(201);
    expect((offline.json as Entry).at).toBe(written);
    // Left out, `at` is the server's now.
    const now = await client.post('/api/journal', { text: 'Home again.' });
    expect(now.status, now.text).toBe(201);
    expect((now.json as Entry).at).toBe(server.clock.now.toISOString());
    // Sent after "Home again." but written before it: listed after it.
    const earlier = await client.post('/api/journal', { text: 'This morning.', at: minutesAgo(300) });
    expect(earlier.status, earlier.text).toBe(201);

    const listed = await entriesOf(client);
    expect(listed.map((e) => e.text)).toEqual(['Home again.', 'On the train, no signal.', 'This morning.']);
    expect(listed[1]!.at).toBe(written);
    expect((await client.get(`/api/journal/${(offline.json as Entry).id}`)).json).toMatchObject({
      at: written,
    });
    // An edit that leaves `at` out keeps it.
    const edited = await client.request('PATCH', `/api/journal/${(offline.json as Entry).id}`, {
      text: 'On the train.',
    });
    expect(edited.status, edited.text).toBe(200);
    expect((edited.json as Entry).at).toBe(written);
  });

  it('sent twice with one Idempotency-Key (its answer lost), an entry is written once', async () => {
    const client = await person('journal-key');
    const body = { text: 'Written once.', at: minutesAgo(10) };
    const first = await client.post('/api/journal', body, { 'idempotency-key': 'journal-0001-abcd' });
    const again = await client.post('/api/journal', body, { 'idempotency-key': 'journal-0001-abcd' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(await entriesOf(client)).toHaveLength(1);
  });

  it('a time in the future, or not a time at all, is refused with a clear 422 and nothing is written', async () => {
    const client = await person('journal-future');
    const future = new Date(server.clock.now.getTime() + 60 * 60_000).toISOString();
    const res = await client.post('/api/journal', { text: 'Tomorrow.', at: future });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      error: { code: 'invalid_input', message: 'A journal entry cannot be dated in the future.' },
    });
    const garbled = await client.post('/api/journal', { text: 'When?', at: 'yesterday evening' });
    expect(garbled.status).toBe(422);
    expect(garbled.json).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringContaining('ISO instant') },
    });
    expect(await entriesOf(client)).toEqual([]);
  });

  it('an import without `at` (an export from before it existed) takes it from when the entry was created', async () => {
    const client = await person('journal-import');
    const created = '2026-01-05T10:00:00.000Z';
    const res = await client.post(
      '/api/import',
      exportOf({
        journal_entries: [
          { text: 'From an old export.', prompt: null, createdAt: created, updatedAt: created },
          { text: 'With its own time.', at: '2026-01-06T08:00:00.000Z', createdAt: created },
        ],
      }),
    );
    expect(res.status, res.text).toBe(200);
    const listed = await entriesOf(client);
    expect(listed.map((e) => [e.text, e.at])).toEqual([
      ['With its own time.', '2026-01-06T08:00:00.000Z'],
      ['From an old export.', created],
    ]);

    // Exported and imported again, each keeps its time.
    const exported = (await client.get('/api/export')).json as ExportFile;
    const other = await person('journal-reimport');
    expect((await other.post('/api/import', exported)).status).toBe(200);
    expect((await entriesOf(other)).map((e) => [e.text, e.at])).toEqual(listed.map((e) => [e.text, e.at]));
  });

  it('an import with a future `at` is refused, naming the row', async () => {
    const client = await person('journal-import-future');
    const future = new Date(server.clock.now.getTime() + 2 * 86_400_000).toISOString();
    const res = await client.post(
      '/api/import',
      exportOf({ journal_entries: [{ text: 'Later.', at: future }] }),
    );
    expect(res.status).toBe(422);
    expect((res.json as { error: { message: string } }).error.message).toMatch(/Row 1 of journal_entries/);
    expect(await entriesOf(client)).toEqual([]);
  });
});
