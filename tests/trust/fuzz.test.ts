import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { personWithProgram } from '../support/people.ts';
import { apiRoutes, indirectEntries } from '../support/route-table.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const fields = [
  'text',
  'on',
  'at',
  'kind',
  'channel',
  'warmth',
  'intensity',
  'trigger',
  'mood',
  'sad',
  'desperate',
  'steady',
  'wantBack',
  'note',
  'what',
  'category',
  'feeling',
  'keptLight',
  'pushedNextPlan',
  'outcome',
  'scenario',
  'exName',
  'exPronouns',
  'endedOn',
  'lastContactOn',
  'timeZone',
  'email',
  'password',
  'sentAt',
  'confirmed',
  'position',
  'whosePart',
  'fixable',
  'decision',
  'feltSafe',
  'prompt',
  'changed',
  'differently',
  'stoppedMessaging',
  'draft',
  'localTime',
  'unansweredSent',
  'together',
  'answer',
  'darkThoughts',
];

/** Values at the edges: odd Unicode, huge strings, impossible dates, extreme numbers, deep nesting. */
const edgy = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '\u202eRTL',
    '👩‍❤️‍👨',
    'x'.repeat(30_000),
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '2026-13-01',
    'Mars/Base',
    '25:61',
    'null',
    '<script>',
  ),
  fc.constantFrom(0, -1, 1, 10, 11, 2 ** 31, -(2 ** 53), Number.MAX_VALUE, 0.5, 1e-9),
  fc.boolean(),
  fc.constant(null),
  fc.constant(JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`)),
  fc.jsonValue({ maxDepth: 3 }),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...fields), edgy, { maxKeys: 8 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom('{"text": ', 'not json', '[]', '"a string"', '{"a":1}}'),
);

const exportOf = async (client: Client) => {
  const { json } = await client.get('/api/export');
  const { exportedAt: _at, ...rest } = json as Record<string, unknown>;
  return JSON.stringify(rest);
};

describe('bad-input fuzzing, derived from the route table', () => {
  it('never answers 5xx, always uses the error shape, and a refused request changes nothing', async () => {
    const { client } = await personWithProgram(
      server.url,
      server.clock.now,
      10,
      { scenario: 'i_ended' },
      uniqueEmail('fuzz'),
    );
    const today = dayIn(server.clock.now, 'UTC');
    const ids: Record<string, string> = {};
    for (const [path, b] of Object.entries({
      '/api/problems': { text: 'p', whosePart: 'mine', fixable: true },
      '/api/urges': { intensity: 3, trigger: 'night' },
      '/api/contacts': { kind: 'slip', on: today, channel: 'text' },
      '/api/checkins': { mood: 5, sad: 5, desperate: 5, steady: 5 },
      '/api/activities': { category: 'move', what: 'walk', on: today },
      '/api/outings': { on: today, what: 'coffee', feeling: 3, keptLight: true, pushedNextPlan: false },
      '/api/journal': { text: 'entry' },
    })) {
      ids[path] = ((await client.post(path, b)).json as { id: string }).id;
    }
    ids['/api/talk/notes'] = ids['/api/problems']!;
    for (const [path, entry] of Object.entries(indirectEntries))
      ids[path.replace('/:id', '')] = await entry.make(client, server);

    const targets = apiRoutes().filter(
      (r) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
        !/logout|sign-out-everywhere|DELETE \/api\/account/.test(`${r.method} ${r.path}`),
    );
    let tried = 0;
    let serverErrors = 0;
    const problems: string[] = [];
    let before = await exportOf(client);
    for (const route of targets) {
      const path = route.path.replace(
        ':id',
        ids[route.path.replace('/:id', '')] ?? '00000000-0000-4000-8000-000000000000',
      );
      const auth = route.path.startsWith('/api/auth/');
      const samples = fc.sample(body, { numRuns: 30, seed: 20261126 + tried });
      for (const sample of samples) {
        const sender = auth ? new Client(server.url) : client;
        const raw = typeof sample === 'string' && !sample.startsWith('"') ? sample : JSON.stringify(sample);
        const res = await sender.request(route.method, path, raw, { 'content-type': 'application/json' });
        tried++;
        if (res.status >= 500) {
          serverErrors++;
          problems.push(`${route.method} ${route.path} ${res.status} with ${raw.slice(0, 120)}`);
        } else if (res.status >= 400) {
          const shape = res.json as { error?: { code?: unknown; message?: unknown } };
          if (typeof shape?.error?.code !== 'string' || typeof shape.error.message !== 'string') {
            problems.push(`${route.method} ${route.path} ${res.status} without the error shape`);
          }
          if (!auth) {
            const after = await exportOf(client);
            if (after !== before)
              problems.push(`${route.method} ${route.path} changed data while answering ${res.status}`);
          }
        } else if (!auth) {
          before = await exportOf(client);
        }
      }
    }
    console.log(`fuzzing: ${tried} requests over ${targets.length} routes, ${serverErrors} answered 5xx`);
    expect(problems).toEqual([]);
  });
});
