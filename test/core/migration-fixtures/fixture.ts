import type { Kysely } from 'kysely';
import type { TestCore } from '../helpers.js';

/**
 * One migration's fixture: rows a book could hold once that migration had run, written in that
 * version's own SQL (frozen, like the migration), and a check that reads them back through the
 * API as it is today. One file per migration, named after it: migrations.test.ts fails for a
 * migration without one.
 */
export interface Fixture {
  insert(db: Kysely<unknown>): Promise<void>;
  /** `inserted`: the fixtures whose rows the book holds (this one and those before it). */
  check(core: TestCore, inserted: readonly string[]): Promise<void>;
}
