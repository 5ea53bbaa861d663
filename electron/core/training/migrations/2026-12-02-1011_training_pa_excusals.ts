import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
/**
 * A PA excused from a topic they would otherwise need (everyone needs it, or their role does):
 * a PA who never drives needs no driving training. The reason is in words, as the employer gave it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_pa_excusal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', (c) => c.notNull().references('worker.id').onDelete('cascade'))
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('training_pa_excusal_once', ['worker_id', 'topic_id'])
    .execute();
}
