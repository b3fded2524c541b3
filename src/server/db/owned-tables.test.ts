import { describe, expect, it } from 'vitest';
import { exportDeclarations, exportedTables, ownedTables } from './owned-tables.ts';

describe('owned tables', () => {
  it('each declares whether it is exported', () => {
    const undeclared = ownedTables.map((t) => t.name).filter((name) => !(name in exportDeclarations));
    expect(undeclared, 'declare these in exportDeclarations (owned-tables.ts)').toEqual([]);
  });

  it('export what a person wrote, never the server’s secrets or what it derives', () => {
    const names = exportedTables.map((t) => t.name);
    expect(names).toContain('journal_entries');
    expect(names).toContain('safety_plans');
    expect(names).not.toContain('sessions');
    expect(names).not.toContain('safety_signals');
  });

  it('know which hold one row per person', () => {
    const one = ownedTables.filter((t) => t.onePerPerson).map((t) => t.name);
    expect(one).toEqual(expect.arrayContaining(['programs', 'safety_plans', 'letters']));
    expect(one).not.toContain('journal_entries');
  });
});
