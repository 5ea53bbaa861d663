import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// The cost of employing and the direct-payment budget: what the employer entered, one row for
// the book (id 1). Money in whole pence; the pension percent in hundredths (0: the legal minimum).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pay_cost_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('council_hourly_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('insurance_year_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payroll_fee_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payroll_fee_per', 'text', (c) => c.notNull().defaultTo('year'))
    .addColumn('claims_allowance', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pension_employer_hundredths', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('budget_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('budget_frequency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('budget_starts_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
