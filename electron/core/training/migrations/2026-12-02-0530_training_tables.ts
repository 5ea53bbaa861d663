import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const worker = (c: ColumnDefinitionBuilder) => c.notNull().references('worker.id').onDelete('cascade');
  await db.schema
    .createTable('training_own_topic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'integer', (c) => c.notNull())
    .addColumn('interval_months', 'integer')
    .addColumn('required_for_all', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('custom', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('training_role_requirement')
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addColumn('role_code', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_role_requirement_pk', ['topic_id', 'role_code'])
    .execute();
  await db.schema
    .createTable('training_pa_requirement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', worker)
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addUniqueConstraint('training_pa_requirement_once', ['worker_id', 'topic_id'])
    .execute();
  await db.schema
    .createTable('training_profile')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', (c) => c.notNull().unique().references('worker.id').onDelete('cascade'))
    .addColumn('role_code', 'integer')
    .addColumn('care_cert_version', 'text', (c) => c.notNull().defaultTo('2025'))
    .addColumn('care_cert_completed_on', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('training_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', worker)
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('how', 'text', (c) => c.notNull())
    // Hours in hundredths (1.5 hours is 150): the book keeps numbers whole.
    .addColumn('hours_hundredths', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_override', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accredited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cost_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('funding_claimed_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('funding_claim_pence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('funding_paid_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('other_employer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_record_by_worker').on('training_record').columns(['worker_id', 'topic_id', 'completed_on']).execute();
  await db.schema
    .createTable('care_certificate_standard')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', worker)
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('standard', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('assessor', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('care_certificate_standard_once', ['worker_id', 'version', 'standard'])
    .execute();
  await db.schema
    .createTable('training_qualification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', worker)
    .addColumn('reference_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('code', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('achieved_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_qualification_by_worker').on('training_qualification').column('worker_id').execute();
  await db.schema
    .createTable('training_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('worker_id', 'text', worker)
    .addColumn('topic_id', 'text', (c) => c.notNull())
    .addColumn('target_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_plan_by_worker').on('training_plan').column('worker_id').execute();
  await db.schema
    .createTable('training_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('local_est_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_within_days', 'integer', (c) => c.notNull().defaultTo(60))
    .execute();
}
