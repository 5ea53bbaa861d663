import type { Kysely } from 'kysely';
import type { EmployerKind, EmployerProfile } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';

export async function readEmployer(db: Kysely<Schema>): Promise<EmployerProfile | null> {
  const row = await db.selectFrom('employer').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const { id: _id, updatedAt: _updatedAt, kind, ...rest } = row;
  return { kind: kind as EmployerKind, ...rest };
}

export async function writeEmployer(db: Kysely<Schema>, profile: EmployerProfile, now: Date): Promise<EmployerProfile> {
  const row = { ...profile, updatedAt: now.toISOString() };
  await db
    .insertInto('employer')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  return (await readEmployer(db))!;
}
