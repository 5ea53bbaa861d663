import type { Migration } from 'kysely/migration';
import * as m001 from './001_book.js';
import * as m002 from './002_employer.js';
import * as m003 from './003_backup_problem.js';
import * as m004 from './004_people.js';

/**
 * Every schema change, in order. A static list (not a folder scan) so the bundled app and the
 * tests see exactly the same migrations. Names sort in order; never rename or edit one that landed.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '001_book': m001,
  '002_employer': m002,
  '003_backup_problem': m003,
  '004_people': m004,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);
export const LATEST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;
