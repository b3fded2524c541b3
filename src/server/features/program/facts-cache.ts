import type { Facts } from '../../../core/program/facts.ts';

/**
 * The facts behind Today, kept per person for as long as their facts version has not moved:
 * Today is the page opened most, and what it is derived from changes only when that person
 * records something that Today reads. Any change to those tables moves `users.facts_version` on in
 * the same transaction (database triggers, migration 0012), and Today reads the version in the
 * same statement as the session, so a change made through any server process, a background
 * re-screening included, is seen by the next Today on every other one.
 *
 * The version is read before the facts kept with it: facts read across a write are kept under
 * the older version, which the next read no longer matches.
 */
export class FactsCache {
  readonly #entries = new Map<string, { version: number; facts: Facts | null }>();

  constructor(private readonly maxPeople = 10_000) {}

  /** The facts kept at `version` (null: no program yet), or undefined when none are. */
  get(userId: string, version: number): Facts | null | undefined {
    const entry = this.#entries.get(userId);
    return entry?.version === version ? entry.facts : undefined;
  }

  keep(userId: string, version: number, facts: Facts | null): void {
    this.#entries.delete(userId);
    this.#entries.set(userId, { version, facts });
    // The oldest kept entry goes first when full: a Map iterates in insertion order.
    if (this.#entries.size > this.maxPeople) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
