import { describe, expect, it } from 'vitest';
import { importLimits } from '../../src/shared/api/limits.ts';
import { uniqueEmail } from '../support/client.ts';
import {
  countExported,
  type ExportFile,
  exportOf,
  onboarding,
  seedJournal,
  total,
} from '../support/import-fixtures.ts';
import { signedUpPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const newAccount = (label: string) => signedUpPerson(server.url, uniqueEmail(label));

const errorOf = (res: { json: unknown }) => (res.json as { error: { code: string; message: string } }).error;

describe('import of a long-term export', () => {
  it('brings 12,000 journal entries into a new account whole', async () => {
    const from = await newAccount('from');
    expect((await from.client.put('/api/program', onboarding)).status).toBe(200);
    await seedJournal(server.database.db, from.id, 12_000, server.clock.now);
    const exported = (await from.client.get('/api/export')).json as ExportFile;
    expect(exported.tables.journal_entries).toHaveLength(12_000);

    const to = await newAccount('to');
    const res = await to.client.post('/api/import', exported);
    expect(res.status, res.text).toBe(200);
    expect(await countExported(server.database.db, to.id)).toEqual(
      await countExported(server.database.db, from.id),
    );
    // The entries, the program and its reminder settings.
    expect((res.json as { imported: number }).imported).toBe(12_002);
  });
});

describe('import limits', () => {
  it('refuses more rows in one part than one import takes, and imports nothing', async () => {
    const to = await newAccount('cap');
    const rows = Array.from({ length: importLimits.rowsPerTable + 1 }, () => ({ text: 'a' }));
    const res = await to.client.post('/api/import', exportOf({ journal_entries: rows }));
    expect(res.status).toBe(413);
    expect(errorOf(res).message).toMatch(/50,001 rows in journal_entries.*up to 50,000 rows a part.*Nothing/);
    expect(total(await countExported(server.database.db, to.id))).toBe(0);
  });

  it('refuses more rows in all than one import takes, and imports nothing', async () => {
    const to = await newAccount('cap-all');
    const part = Math.ceil(importLimits.rows / 4) + 1;
    const rows = (row: Record<string, unknown>) => Array.from({ length: part }, () => row);
    const res = await to.client.post(
      '/api/import',
      exportOf({
        journal_entries: rows({ text: 'a' }),
        urges: rows({ intensity: 3, trigger: 'night' }),
        problems: rows({ text: 'b', whosePart: 'mine', fixable: true }),
        activities: rows({ category: 'move', what: 'walk', on: '2025-02-01' }),
      }),
    );
    expect(res.status).toBe(413);
    expect(errorOf(res).message).toMatch(/150,000 in all/);
    expect(total(await countExported(server.database.db, to.id))).toBe(0);
  });

  it('answers an account that is not empty before reading the file', async () => {
    const full = await newAccount('full');
    await full.client.post('/api/journal', { text: 'Already here.' });
    // Broken JSON: read first, it would be a 400; the account is checked first, so it is a 409.
    const broken = `{"format":"rekindle-export","version":1,"tables":{"journal_entries":[${'{"text":"x"},'.repeat(400_000)}`;
    const res = await full.client.post('/api/import', broken, { 'content-type': 'application/json' });
    expect(res.status).toBe(409);
    expect(errorOf(res).message).toMatch(/new, empty account.*journal entries/);
    // The unread rest of the file does not spoil the next request.
    expect((await full.client.get('/api/me')).status).toBe(200);
    expect((await full.client.post('/api/journal', { text: 'And this.' })).status).toBe(201);
  });
});

describe('every imported row keeps the rules of its route', () => {
  const refused: { what: string; tables: ExportFile['tables']; says: RegExp }[] = [
    {
      what: 'a time zone no one has',
      tables: { programs: [{ ...onboarding, timeZone: 'Mars/Base' }] },
      says: /Row 1 of programs.*timeZone.*time zone is not one we know/,
    },
    {
      what: 'a journal entry of 5,000,000 characters',
      tables: {
        journal_entries: [{ text: 'A short one.' }, { text: 'x'.repeat(5_000_000) }],
      },
      says: /Row 2 of journal_entries.*text.*under 20,000 characters/,
    },
    {
      what: 'a first message sent in 2099',
      tables: {
        programs: [onboarding],
        first_contacts: [{ text: 'Hi, how are you?', channel: 'text', sentAt: '2099-06-01T12:00:00.000Z' }],
      },
      says: /Row 1 of first_contacts.*sentAt.*future/,
    },
    {
      what: 'a check-in in the year 999',
      tables: { checkins: [{ mood: 5, sad: 5, desperate: 5, steady: 5, at: '0999-06-01T00:00:00Z' }] },
      says: /Row 1 of checkins.*"at".*between 1900/,
    },
    {
      what: 'a journal entry written in the year 999',
      tables: { journal_entries: [{ text: 'Old.', createdAt: '0999-06-01T00:00:00.000Z' }] },
      says: /Row 1 of journal_entries.*"createdAt".*between 1900/,
    },
    {
      what: 'a talk note about a problem the file does not have',
      tables: { talk_notes: [{ problemId: 'p-1', changed: 'I plan now.' }] },
      says: /Row 1 of talk_notes.*problem that is not in this export/,
    },
    {
      what: 'an urge with neither a time nor a created time',
      tables: { urges: [{ intensity: 3, trigger: 'night' }] },
      says: /Row 1 of urges.*needs "at"/,
    },
    {
      what: '101 problems',
      tables: {
        problems: Array.from({ length: 101 }, (_, i) => ({
          text: `P${i}`,
          whosePart: 'mine',
          fixable: true,
        })),
      },
      says: /101 problems; an account keeps at most 100/,
    },
    {
      what: 'two programs',
      tables: { programs: [onboarding, onboarding] },
      says: /2 rows in programs, which holds only one per account/,
    },
    {
      what: 'two problems with one id',
      tables: {
        problems: [
          { id: 'p-1', text: 'We never planned.', whosePart: 'both', fixable: true },
          { id: 'p-1', text: 'We argued.', whosePart: 'mine', fixable: true },
        ],
      },
      says: /Row 2 of problems.*same id as row 1/,
    },
  ];

  for (const { what, tables, says } of refused) {
    it(`refuses ${what} with 422, naming the row, and imports nothing`, async () => {
      const to = await newAccount('bad');
      const res = await to.client.post('/api/import', exportOf(tables));
      expect(res.status, res.text).toBe(422);
      expect(errorOf(res).message).toMatch(says);
      expect(errorOf(res).message).toMatch(/Nothing was imported\.$/);
      expect(total(await countExported(server.database.db, to.id))).toBe(0);
      // Nothing half-imported: Today still asks for onboarding (not a 500).
      expect(errorOf(await to.client.get('/api/today')).code).toBe('no_program');
    });
  }

  it('fills in what the routes would: problems in one order, an urge at the time it was written', async () => {
    const to = await newAccount('fill');
    const written = '2026-01-05T10:00:00.000Z';
    const res = await to.client.post(
      '/api/import',
      exportOf({
        problems: [
          { text: 'Second', whosePart: 'mine', fixable: true, position: 5 },
          { text: 'First', whosePart: 'both', fixable: true, position: 0 },
          { text: 'Third', whosePart: 'theirs', fixable: false },
        ],
        urges: [{ intensity: 3, trigger: 'night', createdAt: written, updatedAt: written }],
      }),
    );
    expect(res.status, res.text).toBe(200);
    const listed = (await to.client.get('/api/problems')).json as { text: string; position: number }[];
    expect(listed.map((p) => [p.text, p.position])).toEqual([
      ['First', 0],
      ['Third', 1],
      ['Second', 2],
    ]);
    const urges = (await to.client.get('/api/urges')).json as { at: string }[];
    expect(urges.map((u) => u.at)).toEqual([written]);
  });
});
