import { describe, expect, it } from 'vitest';
import { exportedTables } from '../../db/owned-tables.ts';
import { importRules } from './import-rules.ts';

describe('import rules', () => {
  it('cover every exported table, so a real export always imports', () => {
    const rules = importRules(new Date('2026-03-14T12:00:00Z'));
    expect(exportedTables.map((t) => t.name).filter((name) => !rules[name])).toEqual([]);
  });

  it('judge the program’s dates by the clock, as its route does', () => {
    const { programs } = importRules(new Date('2026-03-14T12:00:00Z'));
    const program = {
      scenario: 'they_ended',
      exName: 'Kim',
      exPronouns: 'she',
      endedOn: '2026-03-20',
      lastContactOn: '2026-03-20',
      timeZone: 'UTC',
    };
    expect(programs?.schema.safeParse(program).error?.issues[0]?.message).toMatch(/in the future/);
  });
});
