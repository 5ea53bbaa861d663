import type { Kysely } from 'kysely';
import type { EmployerDetails, EmployerKind, EmployerProfile, Funding, Insurance, Payroll } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import { CoreError } from '../errors.js';

export async function readEmployer(db: Kysely<Schema>): Promise<EmployerProfile | null> {
  const row = await db.selectFrom('employer').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const { id: _id, updatedAt: _updatedAt, kind, wageArea, ...rest } = row;
  return { kind: kind as EmployerKind, wageArea: wageArea as EmployerProfile['wageArea'], ...rest };
}

/** Save who the employer is. The first save creates the profile; the other sections keep their values. */
export async function writeEmployer(db: Kysely<Schema>, details: EmployerDetails, now: Date): Promise<EmployerProfile> {
  const row = { ...details, updatedAt: now.toISOString() };
  await db
    .insertInto('employer')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  return (await readEmployer(db))!;
}

/** Save one later section (insurance, payroll, funding). Needs the profile to exist. */
export async function writeEmployerSection(
  db: Kysely<Schema>,
  section: Insurance | Payroll | Funding,
  now: Date,
): Promise<EmployerProfile> {
  const result = await db
    .updateTable('employer')
    .set({ ...section, updatedAt: now.toISOString() })
    .where('id', '=', 1)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new CoreError('not_found', 'Fill in your name and address first, then this section.');
  }
  return (await readEmployer(db))!;
}
