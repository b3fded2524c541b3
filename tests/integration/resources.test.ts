import { describe, expect, it } from 'vitest';
import type { ResourcesAnswer } from '../../src/shared/api/resources.ts';
import { Client, uniqueEmail } from '../support/client.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

async function resources(query = '', client = new Client(server.url)) {
  const res = await client.get(`/api/resources${query}`);
  return { ...res, answer: res.json as ResourcesAnswer };
}

const isDirectory = (line: { countries?: string[] }) => line.countries === undefined;

describe('GET /api/resources', () => {
  it("answers without a session, the person's country first", async () => {
    const { status, headers, answer } = await resources('?country=GB');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=3600');
    expect(answer.country).toBe('GB');
    for (const group of [answer.crisis, answer.abuse]) {
      // The UK's lines, then the international directories, then everyone else's.
      const ranks = group.items.map((line) =>
        line.countries?.includes('GB') ? 0 : isDirectory(line) ? 1 : 2,
      );
      expect(ranks).toEqual(ranks.toSorted());
      expect(ranks[0]).toBe(0);
    }
    expect(answer.crisis.items.slice(0, 2).map((line) => line.name)).toEqual(['Samaritans', 'Shout']);
    expect(answer.abuse.items[0]).toMatchObject({
      name: 'National Domestic Abuse Helpline',
      phone: '0808 2000 247',
    });
  });

  it('reads the code in either case, and answers the same to someone signed in', async () => {
    const client = new Client(server.url);
    await client.signup(uniqueEmail());
    const signedIn = await resources('?country=gb', client);
    expect(signedIn.status).toBe(200);
    expect(signedIn.answer).toEqual((await resources('?country=GB')).answer);
  });

  it('puts the international directories first for a country it has no lines for', async () => {
    const { status, answer } = await resources('?country=fr');
    expect(status).toBe(200);
    expect(answer.country).toBe('FR');
    expect(isDirectory(answer.crisis.items[0]!)).toBe(true);
    expect(isDirectory(answer.abuse.items[0]!)).toBe(true);
  });

  it('puts the directories first without a country, and lists the countries it has lines for', async () => {
    const { status, answer } = await resources();
    expect(status).toBe(200);
    expect(answer.country).toBeNull();
    expect(answer.crisis.items[0]).toMatchObject({ name: 'Find A Helpline' });
    expect(answer.countries).toEqual(['AU', 'CA', 'GB', 'IE', 'NZ', 'US']);
  });

  it.each(['?country=GBR', '?country=G', '?country=12', '?country=', '?country=g%C3%A9'])(
    'refuses %s with a message a person can act on',
    async (query) => {
      const res = await new Client(server.url).get(`/api/resources${query}`);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        error: { code: 'invalid_input', message: expect.stringMatching(/two-letter country code, like GB/) },
      });
    },
  );
});
