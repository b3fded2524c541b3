import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { testServerForFile } from '../support/test-server.ts';

// Values a random fuzzer rarely puts in the right field, tried in every field of its kind on the
// routes that store them: each once answered 500 or stored a row that broke Today and Progress.
const server = testServerForFile();

const program = (today: string, timeZone = 'UTC') => ({
  scenario: 'i_ended',
  exName: 'Alex',
  exPronouns: 'he',
  endedOn: addDays(today, -20),
  lastContactOn: addDays(today, -20),
  timeZone,
});

/** A valid body for each write that stores text or a date. */
const writes = (
  today: string,
  now: string,
): [method: string, path: string, body: Record<string, unknown>][] => [
  ['PUT', '/api/program', program(today)],
  ['POST', '/api/journal', { text: 'entry', prompt: 'a prompt' }],
  ['POST', '/api/problems', { text: 'p', whosePart: 'mine', fixable: true }],
  ['POST', '/api/urges', { intensity: 3, trigger: 'night', draft: 'd', note: 'n', at: now }],
  ['POST', '/api/contacts', { kind: 'slip', on: today, channel: 'text' }],
  ['POST', '/api/checkins', { mood: 5, sad: 5, desperate: 5, steady: 5, note: 'n', at: now }],
  ['POST', '/api/activities', { category: 'move', what: 'walk', on: today }],
  ['POST', '/api/outings', { on: today, what: 'coffee', feeling: 3, keptLight: true, pushedNextPlan: false }],
  ['PUT', '/api/letter', { text: 'a letter' }],
  ['POST', '/api/letter/sent', { on: today }],
  ['POST', '/api/first-contact', { text: 'hi', channel: 'text', sentAt: now }],
  ['POST', '/api/talk', { on: today, outcome: 'not_yet' }],
  ['POST', '/api/check', { text: 'hey', exName: 'Alex' }],
];

const badText = ['a\u0000b', '\u0000', 'x\ud800y', '\udc00'];
const dayFields = new Set(['on', 'endedOn', 'lastContactOn']);
const instantFields = new Set(['at', 'sentAt']);
const badDays = ['tomorrow', '0999-06-01', '0100-01-01', '1899-12-31', '2200-01-01'];
const badInstants = [
  '0999-06-01T00:00:00Z',
  '0100-01-01T00:00:00Z',
  '1899-12-31T23:00:00Z',
  '2200-01-01T00:00:00Z',
];

describe('the edges of text, dates and zones', () => {
  it('never answers 5xx, refuses dates outside 1900–2199, and leaves Today and Progress working', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail('edges'));
    const now = server.clock.now.toISOString();
    const today = dayIn(server.clock.now, 'UTC');
    expect((await client.put('/api/program', program(today))).status).toBe(200);

    let tried = 0;
    const serverErrors: string[] = [];
    const acceptedBadDates: string[] = [];
    for (const [method, path, body] of writes(today, now)) {
      for (const [field, valid] of Object.entries(body)) {
        const values =
          typeof valid !== 'string'
            ? []
            : dayFields.has(field)
              ? badDays
              : instantFields.has(field)
                ? badInstants
                : field === 'timeZone' || field === 'exPronouns' || field === 'scenario'
                  ? []
                  : badText;
        for (const value of values) {
          const res = await client.request(method, path, JSON.stringify({ ...body, [field]: value }), {
            'content-type': 'application/json',
          });
          tried++;
          if (res.status >= 500) serverErrors.push(`${method} ${path} ${field}=${JSON.stringify(value)}`);
          if ((dayFields.has(field) || instantFields.has(field)) && res.status !== 422)
            acceptedBadDates.push(`${method} ${path} ${field}=${value} → ${res.status}`);
        }
      }
    }
    for (const q of ['%00', 'a%00b', '%ED%A0%80']) {
      const res = await client.get(`/api/journal?q=${q}`);
      tried++;
      if (res.status >= 500) serverErrors.push(`GET /api/journal?q=${q}`);
    }
    console.log(
      `edges: ${tried} requests with NUL, lone surrogates and dates outside 1900–2199; ` +
        `${serverErrors.length} answered 5xx; ${acceptedBadDates.length} bad dates accepted`,
    );
    expect(serverErrors).toEqual([]);
    expect(acceptedBadDates).toEqual([]);
    for (const path of ['/api/today', '/api/progress?days=30', '/api/program', '/api/export'])
      expect((await client.get(path)).status, path).toBe(200);
  });

  it('keeps what a person meant: NUL dropped, a lone surrogate shown as �', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail('edges'));
    const saved = await client.post('/api/journal', { text: 'before\u0000after \ud800 end' });
    expect(saved.status).toBe(201);
    const { id } = saved.json as { id: string };
    expect(((await client.get(`/api/journal/${id}`)).json as { text: string }).text).toBe(
      'beforeafter \ufffd end',
    );
  });

  it('stores a zone alias PostgreSQL dropped as the zone it means, so Progress keeps working', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail('zones'));
    const today = dayIn(server.clock.now, 'America/Los_Angeles');
    expect((await client.put('/api/program', program(today, 'US/Pacific-New'))).status).toBe(200);
    expect(((await client.get('/api/program')).json as { timeZone: string }).timeZone).toBe(
      'America/Los_Angeles',
    );
    expect((await client.get('/api/progress?days=30')).status).toBe(200);
    const mars = await client.put('/api/program', program(today, 'Mars/Base'));
    expect(mars.status).toBe(422);
    expect((mars.json as { error: { message: string } }).error.message).toMatch(/time zone/);
  });
});
