import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// The book's history. A line about a PA goes when the PA goes (the foreign key cascades); a
// line about the book as a whole has no PA. `kind` is the kind of record the line is about,
// so deleting that kind deletes its lines. The id grows with every line: the order of events.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('history_line')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('worker_id', 'text', (c) => c.references('worker.id').onDelete('cascade'))
    .addColumn('record_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull())
    /** JSON: [{ field, from, to }] */
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('history_line_by_worker').on('history_line').columns(['worker_id', 'id']).execute();
  await db.schema.createIndex('history_line_by_area').on('history_line').columns(['area', 'id']).execute();
}
