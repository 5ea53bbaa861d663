import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// Pay and hours: rates the employer added beside the built-in ones (book-wide), each PA's pay
// rates from a date, and their shifts. Money in whole pence; a shift keeps the times typed
// (HH:MM in England) and the instants they mean, so totals across clock changes are right.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pay_user_rate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('applies_from', 'text', (c) => c.notNull())
    .addColumn('amount_pence', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pay_rate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', (c) => c.notNull().references('worker.id').onDelete('cascade'))
    .addColumn('applies_from', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('standard_pence', 'integer', (c) => c.notNull())
    .addColumn('weekend_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bank_holiday_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waking_night_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sleep_in_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('travel_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_call_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('apprentice_since', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pay_rate_one_a_day', ['worker_id', 'applies_from'])
    .execute();

  await db.schema
    .createTable('shift')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', (c) => c.notNull().references('worker.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('break_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('worked_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shift_by_worker').on('shift').columns(['worker_id', 'date']).execute();
  await db.schema.createIndex('shift_by_date').on('shift').columns(['date']).execute();
}
