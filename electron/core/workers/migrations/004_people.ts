import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// Your PAs: the employer's insurance, payroll and funding; workers; safe-recruitment checks;
// contract versions; documents (their bytes in a table of their own so lists never read them).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    'insurer',
    'policy_number',
    'renews_on',
    'paye_reference',
    'pension_scheme',
    'pension_duties_start_on',
    'pension_declaration_on',
    'local_authority',
  ]) {
    await db.schema.alterTable('employer').addColumn(column, 'text', (c) => c.notNull().defaultTo('')).execute();
  }
  await db.schema.alterTable('employer').addColumn('cover_pounds', 'integer').execute();
  await db.schema.alterTable('employer').addColumn('wage_area', 'text').execute();

  await db.schema
    .createTable('worker')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('preferred_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pronouns', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('date_of_birth', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ni_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_line1', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_line2', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('town', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('emergency_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('emergency_relationship', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('emergency_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_date', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applicant', 'active', 'left')`))
    .addColumn('left_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('left_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('worker_by_status_name').on('worker').columns(['status', 'full_name']).execute();

  const belongsToWorker = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('worker_id', 'text', (c) => c.notNull().references('worker.id').onDelete('cascade'));

  await belongsToWorker('right_to_work_check')
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('permission', 'text', (c) => c.notNull())
    .addColumn('permission_ends_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await belongsToWorker('dbs_check')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('adults_barred_list', 'integer', (c) => c.notNull())
    .addColumn('children_barred_list', 'integer', (c) => c.notNull())
    .addColumn('certificate_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('update_service_joined_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status_check_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disclosure_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dbs_status_check')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dbs_check_id', 'text', (c) => c.notNull().references('dbs_check.id').onDelete('cascade'))
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await belongsToWorker('worker_reference')
    .addColumn('referee_name', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('received_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await belongsToWorker('interview')
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('interviewers', 'text', (c) => c.notNull().defaultTo(''))
    /** JSON: [{ value, question, notes }] */
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Every version keeps all its terms as JSON: a statement must be reproducible exactly as issued.
  await belongsToWorker('contract_version')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('applies_from', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agreed_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contract_version_number', ['worker_id', 'version'])
    .execute();

  await belongsToWorker('document')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('linked_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('document_content')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('document.id').onDelete('cascade'))
    .addColumn('data', 'blob', (c) => c.notNull())
    .execute();

  for (const table of ['right_to_work_check', 'dbs_check', 'worker_reference', 'interview', 'contract_version', 'document']) {
    await db.schema.createIndex(`${table}_by_worker`).on(table).column('worker_id').execute();
  }
}
