import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { CoreError, damaged } from '../errors.js';
import { LATEST_MIGRATION, MIGRATIONS } from './migrations/index.js';

function migrator(db: Kysely<unknown>) {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

/** Bring a book up to `target` (default: the newest schema). Refuses a book from a newer Carebook. */
export async function migrate(db: Kysely<unknown>, target: string = LATEST_MIGRATION): Promise<void> {
  const current = await schemaVersion(db);
  if (current !== null && !(current in MIGRATIONS)) {
    throw new CoreError(
      'newer_version',
      'This book was made by a newer version of Carebook. Install the newest Carebook to open it. Nothing was changed.',
    );
  }
  const { error, results } = await migrator(db).migrateTo(target);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw damaged(`Carebook could not update your book (step ${failed}). Nothing was changed.`);
  }
}

/** The newest migration this book has had, or null for an empty database. */
export async function schemaVersion(db: Kysely<unknown>): Promise<string | null> {
  // Read the log table directly: the Migrator only reports migrations it knows about.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return null;
  const rows = await (db as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name', 'desc')
    .limit(1)
    .execute();
  return rows[0]?.name ?? null;
}
