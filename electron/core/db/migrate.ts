import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { CoreError, damaged } from '../errors.js';

/**
 * Schema changes, owned by the areas (each lists its own in its manifest) and run by Kysely's
 * Migrator in name order.
 *
 * The ordering rule: a name starts with the time it was written, then the area,
 * `2026-12-01-2300_history_lines`. Two areas written one after another sort in that order, and
 * a migration can only build on ones that had landed when it was written, so name order is
 * always a safe order. Two written at the same time, on different branches, cannot build on
 * each other, so either may run first: unordered migrations are allowed, and a book that
 * already ran the later-named one still runs the earlier one when it lands. Names cannot
 * collide, because each carries its area. The four written before areas had manifests keep
 * their first names (`001_book` … `004_people`), which sort before every dated one.
 */
export const MIGRATION_NAME = /^(\d{4}-\d{2}-\d{2}-\d{4})_([a-z]+)_([a-z0-9_]+)$/;

function migrator(db: Kysely<unknown>, migrations: Readonly<Record<string, Migration>>) {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) }, allowUnorderedMigrations: true });
}

/** Names in the order they run. */
export function migrationOrder(migrations: Readonly<Record<string, Migration>>): string[] {
  return Object.keys(migrations).sort();
}

/**
 * Bring a book up to `target` (default: every migration). Refuses a book from a newer
 * Carebook (one that ran a migration this version does not know) and changes nothing then.
 */
export async function migrate(db: Kysely<unknown>, migrations: Readonly<Record<string, Migration>>, target?: string): Promise<void> {
  const unknown = (await executedMigrations(db)).filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    throw new CoreError(
      'newer_version',
      'This book was made by a newer version of Carebook. Install the newest Carebook to open it. Nothing was changed.',
    );
  }
  // migrateToLatest runs every pending migration; migrateTo(newest) would stop short when the
  // newest name already ran before an older-named one landed.
  const run = migrator(db, migrations);
  const { error, results } = await (target ? run.migrateTo(target) : run.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw damaged(`Carebook could not update your book (step ${failed}). Nothing was changed.`);
  }
}

/** Every migration the book has had, by name (empty for a new database). */
export async function executedMigrations(db: Kysely<unknown>): Promise<string[]> {
  // Read the log table directly: the Migrator only reports migrations it knows about.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await (db as Kysely<{ kysely_migration: { name: string } }>).selectFrom('kysely_migration').select('name').execute();
  return rows.map((r) => r.name).sort();
}

/** The last migration in name order that this book has had, or null for an empty database (for the backup's manifest). */
export async function schemaVersion(db: Kysely<unknown>): Promise<string | null> {
  return (await executedMigrations(db)).at(-1) ?? null;
}
