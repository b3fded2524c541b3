import { describe, expect, it } from 'vitest';
import { dayIn } from '../../src/core/time/days.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { personWithProgram } from '../support/people.ts';
import { apiRoutes, indirectEntries, publicRoutes } from '../support/route-table.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

const today = () => dayIn(server.clock.now, 'UTC');

/**
 * How to make one owned entry for each collection whose routes take an :id. A route with an :id
 * whose collection is missing here fails the suite: every new feature must join the matrix.
 */
const creators: Record<string, { path: string; body: () => unknown }> = {
  '/api/problems': {
    path: '/api/problems',
    body: () => ({ text: 'private problem', whosePart: 'mine', fixable: true }),
  },
  '/api/urges': {
    path: '/api/urges',
    body: () => ({ intensity: 5, trigger: 'night', draft: 'private draft' }),
  },
  '/api/contacts': { path: '/api/contacts', body: () => ({ kind: 'slip', on: today(), channel: 'text' }) },
  '/api/checkins': { path: '/api/checkins', body: () => ({ mood: 5, sad: 5, desperate: 5, steady: 5 }) },
  '/api/activities': {
    path: '/api/activities',
    body: () => ({ category: 'move', what: 'a walk', on: today() }),
  },
  '/api/outings': {
    path: '/api/outings',
    body: () => ({ on: today(), what: 'coffee', feeling: 3, keptLight: true, pushedNextPlan: false }),
  },
  '/api/journal': { path: '/api/journal', body: () => ({ text: 'private entry' }) },
  '/api/talk/notes': {
    path: '/api/problems',
    body: () => ({ text: 'problem for notes', whosePart: 'both', fixable: true }),
  },
};

/** A body that would be valid for the route, so a refusal is about ownership, not validation. */
const validBody: Record<string, unknown> = {
  'PATCH /api/problems/:id': { text: 'changed by someone else' },
  'PATCH /api/urges/:id': { note: 'changed by someone else' },
  'PATCH /api/contacts/:id': { note: 'changed by someone else' },
  'PATCH /api/checkins/:id': { note: 'changed by someone else' },
  'PATCH /api/activities/:id': { what: 'changed by someone else' },
  'PATCH /api/outings/:id': { what: 'changed by someone else' },
  'PATCH /api/journal/:id': { text: 'changed by someone else' },
  'PUT /api/talk/notes/:id': { changed: 'changed by someone else' },
};

async function person() {
  return (await personWithProgram(server.url, server.clock.now, 10, {}, uniqueEmail('owner'))).client;
}

describe('ownership matrix, derived from the route table', () => {
  const routes = apiRoutes();
  const withId = routes.filter((r) => r.path.includes(':id'));

  it('every route that takes an id answers 404 to someone else and 401 to no one, and leaves the entry untouched', async () => {
    const alice = await person();
    const bob = await person();
    const anon = new Client(server.url);
    const uncovered: string[] = [];
    let covered = 0;
    // Deletes last, so the owner can still read each entry after the others' attempts.
    for (const route of [...withId].sort(
      (a, b) => (a.method === 'DELETE' ? 1 : 0) - (b.method === 'DELETE' ? 1 : 0),
    )) {
      const indirect = indirectEntries[route.path];
      if (indirect) {
        const id = await indirect.make(alice, server);
        const path = route.path.replace(':id', id);
        expect(
          (await bob.request(route.method, path, indirect.body)).status,
          `${route.path} as another`,
        ).toBe(404);
        expect(
          (await anon.request(route.method, path, indirect.body)).status,
          `${route.path} anonymous`,
        ).toBe(401);
        expect(await indirect.untouched(alice, id), `${route.path} untouched for its owner`).toBe(true);
        covered++;
        continue;
      }
      const collection = route.path.replace('/:id', '');
      const creator = creators[collection];
      if (!creator) {
        uncovered.push(`${route.method} ${route.path}`);
        continue;
      }
      const made = await alice.post(creator.path, creator.body());
      expect(made.status, `${creator.path} creates`).toBe(201);
      const id = (made.json as { id: string }).id;
      const path = route.path.replace(':id', id);
      const body = validBody[`${route.method} ${route.path}`];
      const asBob = await bob.request(route.method, path, body);
      expect(asBob.status, `${route.method} ${route.path} as another person`).toBe(404);
      const asAnon = await anon.request(route.method, path, body);
      expect(asAnon.status, `${route.method} ${route.path} without a session`).toBe(401);
      if (collection !== '/api/talk/notes') {
        const still = await alice.get(path);
        expect(still.status, `${route.path} still there for its owner`).toBe(200);
        expect(JSON.stringify(still.json)).not.toContain('someone else');
      }
      covered++;
    }
    console.log(
      `ownership matrix: ${covered} of ${withId.length} routes with an id covered (${routes.length} API routes in all)`,
    );
    expect(uncovered, 'routes with an id and no ownership test: add them to `creators`').toEqual([]);
  });

  it('every route that is not public answers 401 without a session', async () => {
    const anon = new Client(server.url);
    const fakeId = '00000000-0000-4000-8000-000000000000';
    const open: string[] = [];
    const guarded = routes.filter((r) => !publicRoutes.has(`${r.method} ${r.path}`));
    for (const r of guarded) {
      const res = await anon.request(
        r.method,
        r.path.replace(':id', fakeId),
        r.method === 'GET' ? undefined : {},
      );
      if (res.status !== 401) open.push(`${r.method} ${r.path} → ${res.status}`);
    }
    console.log(
      `session required: ${guarded.length - open.length} of ${guarded.length} non-public routes answer 401 without one`,
    );
    expect(open).toEqual([]);
  });
});
