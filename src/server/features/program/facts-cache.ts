import type { Facts } from '../../../core/program/facts.ts';

/**
 * The facts behind Today, kept per person between their writes: Today is the page opened most,
 * and what it is derived from changes only when that person records something. Only for the
 * embedded database, which one process owns (its data folder is locked); on PostgreSQL another
 * process could write without this one knowing.
 *
 * Every write request by a signed-in person forgets their entry once it has finished (app.ts).
 * A read that was already under way when any write finished is not kept, so an answer read
 * before a write can never be stored after it.
 */
export class FactsCache {
  readonly #entries = new Map<string, Facts | null>();
  #writes = 0;

  constructor(private readonly maxPeople = 10_000) {}

  /** The kept facts (null: no program yet), or undefined when not kept. */
  get(userId: string): Facts | null | undefined {
    return this.#entries.get(userId);
  }

  /** A mark to pass to `keep` with facts read after taking it. */
  mark(): number {
    return this.#writes;
  }

  keep(userId: string, facts: Facts | null, mark: number): void {
    if (mark !== this.#writes) return;
    this.#entries.delete(userId);
    this.#entries.set(userId, facts);
    // The oldest kept entry goes first when full: a Map iterates in insertion order.
    if (this.#entries.size > this.maxPeople) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  forget(userId: string): void {
    this.#writes++;
    this.#entries.delete(userId);
  }
}
