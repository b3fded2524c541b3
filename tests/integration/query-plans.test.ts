import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessionLookup } from '../../src/server/auth/sessions.ts';
import { literal, type Param, type Statement } from '../../src/server/db/prepared.ts';
import { factsStatement } from '../../src/server/features/program/queries.ts';
import { reflectedPerson } from '../support/people.ts';
import { testServerForFile } from '../support/test-server.ts';

const server = testServerForFile();

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

/** Every scan in the plan of `statement`, as "Node Type on relation". */
async function scans(statement: Statement, params: readonly Param[]): Promise<string[]> {
  const text = statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1] ?? null));
  const rows = await server.database.db.transaction(async (tx) => {
    // With sequential scans priced out, one still chosen means no index can serve that table.
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = (await tx.execute(sql.raw(`explain (format json) ${text}`))) as unknown as {
      rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
    };
    return result.rows;
  });
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    if (node['Relation Name']) found.push(`${node['Node Type']} on ${node['Relation Name']}`);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(rows[0]!['QUERY PLAN'][0].Plan);
  return found;
}

describe('the queries on the Today path', () => {
  it('reach every table through an index, never a sequential scan', async () => {
    const client = await reflectedPerson(server.url, server.clock.now, 'i_ended', 30);
    await client.post('/api/checkins', { mood: 5, sad: 4, desperate: 3, steady: 5, wantBack: 'yes' });
    const me = (await client.get('/api/me')).json as { id: string };
    const since = new Date(server.clock.now.getTime() - 30 * 86_400_000).toISOString();
    const touchBefore = new Date(server.clock.now.getTime() - 3_600_000).toISOString();
    const hash = 'f'.repeat(64);

    const plans = {
      session: await scans(sessionLookup, [hash, since, touchBefore]),
      facts: await scans(factsStatement, [me.id, server.clock.now.toISOString(), '2026-01-01']),
    };
    for (const [name, found] of Object.entries(plans)) {
      expect(found.length, name).toBeGreaterThan(0);
      expect(
        found.filter((s) => s.startsWith('Seq Scan')),
        `${name}: ${found.join(', ')}`,
      ).toEqual([]);
    }
    // Every table behind Today (the session and version, then the facts) is read through an index.
    const tables = new Set([...plans.session, ...plans.facts].map((s) => s.split(' on ')[1]));
    for (const table of [
      'sessions',
      'users',
      'programs',
      'reflections',
      'problems',
      'letters',
      'contacts',
      'checkins',
      'first_contacts',
      'outings',
      'talks',
      'safety_signals',
    ]) {
      expect(tables, table).toContain(table);
    }
  });
});
