import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// The backup log records failed automatic backups too: `problem` says what went wrong
// (null for a backup that was made), so Home can say the last one did not work.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('backup_log').addColumn('problem', 'text').execute();
}
