import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  CareCertificateProgress,
  HowGiven,
  PlanInput,
  PlannedTraining,
  Qualification,
  QualificationInput,
  StandardStatus,
  Topic,
  TrainingRecord,
  TrainingRecordInput,
  TrainingSettings,
} from '../../shared/api/index.js';
import { DEFAULT_DUE_WITHIN_DAYS } from '../../shared/reference/training-topics.js';
import { careCertificateStandards } from '../../shared/reference/training-care-certificate.js';
import type { QualificationStatus } from '../../shared/reference/training-qualifications.js';
import { expiresOn } from '../../shared/training/status.js';
import type { Schema } from '../db/schema.js';
import { CoreError } from '../errors.js';
import type { TrainingQualificationTable, TrainingRecordTable } from './schema.js';

export const recordNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that training record. It may have been deleted. Go back to their training and try again.');
export const qualificationNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that qualification. It may have been deleted. Go back to their training and try again.');
export const planNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that planned training. It may have been done or deleted. Go back to the plan and try again.');

export function toRecord(row: TrainingRecordTable, topic: Topic | undefined, certificateIds: string[]): TrainingRecord {
  const { createdAt: _c, updatedAt: _u, hoursHundredths, ...rest } = row;
  return {
    ...rest,
    hours: hoursHundredths / 100,
    how: row.how as HowGiven,
    accredited: row.accredited === 1,
    expiresOn: expiresOn(row.completedOn, topic?.intervalMonths ?? null, row.expiresOverride),
    topicName: topic?.name ?? 'A topic no longer in your book',
    certificateIds,
  };
}

export async function certificatesOf(db: Kysely<Schema>, workerId: string): Promise<Map<string, string[]>> {
  const docs = await db.selectFrom('document').select(['id', 'linkedId']).where('workerId', '=', workerId).where('linkedId', '!=', '').execute();
  const by = new Map<string, string[]>();
  for (const d of docs) by.set(d.linkedId, [...(by.get(d.linkedId) ?? []), d.id]);
  return by;
}

export async function readRecordRows(db: Kysely<Schema>, workerId: string): Promise<TrainingRecordTable[]> {
  return db.selectFrom('trainingRecord').selectAll().where('workerId', '=', workerId).orderBy('completedOn', 'desc').execute();
}

export async function readRecordRow(db: Kysely<Schema>, id: string): Promise<TrainingRecordTable> {
  const row = await db.selectFrom('trainingRecord').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw recordNotFound();
  return row;
}

export async function saveRecordRow(db: Kysely<Schema>, input: TrainingRecordInput, now: Date): Promise<TrainingRecordTable> {
  const at = now.toISOString();
  const { hours, ...fields } = input;
  const values = { ...fields, hoursHundredths: Math.round(hours * 100), accredited: input.accredited ? 1 : 0 };
  if (input.id) {
    const { id, ...changes } = values;
    await db.updateTable('trainingRecord').set({ ...changes, updatedAt: at }).where('id', '=', id!).execute();
    return readRecordRow(db, id!);
  }
  const row: TrainingRecordTable = { ...values, id: randomUUID(), createdAt: at, updatedAt: at };
  await db.insertInto('trainingRecord').values(row).execute();
  return row;
}

export interface Profile {
  roleCode: number | null;
  careCertVersion: '2015' | '2025';
  careCertCompletedOn: string;
}

export async function readProfile(db: Kysely<Schema>, workerId: string): Promise<Profile> {
  const row = await db.selectFrom('trainingProfile').selectAll().where('workerId', '=', workerId).executeTakeFirst();
  return {
    roleCode: row?.roleCode ?? null,
    careCertVersion: (row?.careCertVersion as '2015' | '2025' | undefined) ?? '2025',
    careCertCompletedOn: row?.careCertCompletedOn ?? '',
  };
}

export async function saveProfile(db: Kysely<Schema>, workerId: string, profile: Profile): Promise<void> {
  await db
    .insertInto('trainingProfile')
    .values({ id: randomUUID(), workerId, ...profile })
    .onConflict((oc) => oc.column('workerId').doUpdateSet(profile))
    .execute();
}

export async function readCareCertificate(db: Kysely<Schema>, workerId: string): Promise<CareCertificateProgress> {
  const profile = await readProfile(db, workerId);
  const rows = await db
    .selectFrom('careCertificateStandard')
    .selectAll()
    .where('workerId', '=', workerId)
    .where('version', '=', profile.careCertVersion)
    .execute();
  const byNumber = new Map(rows.map((r) => [r.standard, r]));
  return {
    version: profile.careCertVersion,
    completedOn: profile.careCertCompletedOn,
    standards: careCertificateStandards(profile.careCertVersion).map((s) => {
      const row = byNumber.get(s.number);
      return { number: s.number, title: s.title, status: (row?.status as StandardStatus | undefined) ?? 'not-started', on: row?.assessedOn ?? '', assessor: row?.assessor ?? '' };
    }),
  };
}

export const toQualification = (row: TrainingQualificationTable): Qualification => {
  const { createdAt: _c, ...rest } = row;
  return { ...rest, status: row.status as QualificationStatus };
};

export async function readQualifications(db: Kysely<Schema>, workerId: string): Promise<Qualification[]> {
  const rows = await db.selectFrom('trainingQualification').selectAll().where('workerId', '=', workerId).orderBy('createdAt').execute();
  return rows.map(toQualification);
}

export async function readQualification(db: Kysely<Schema>, id: string): Promise<Qualification> {
  const row = await db.selectFrom('trainingQualification').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw qualificationNotFound();
  return toQualification(row);
}

export async function saveQualificationRow(db: Kysely<Schema>, input: QualificationInput, now: Date): Promise<Qualification> {
  if (input.id) {
    const { id, ...changes } = input;
    await db.updateTable('trainingQualification').set(changes).where('id', '=', id!).execute();
    return readQualification(db, id!);
  }
  const row = { ...input, id: randomUUID(), createdAt: now.toISOString() };
  await db.insertInto('trainingQualification').values(row).execute();
  return toQualification(row);
}

export async function readPlans(db: Kysely<Schema>, workerId: string, topics: readonly Topic[]): Promise<PlannedTraining[]> {
  const rows = await db.selectFrom('trainingPlan').selectAll().where('workerId', '=', workerId).orderBy('targetOn').execute();
  const names = new Map(topics.map((t) => [t.id, t.name]));
  return rows.map(({ createdAt: _c, ...p }) => ({ ...p, topicName: names.get(p.topicId) ?? 'A topic no longer in your book' }));
}

export async function readPlan(db: Kysely<Schema>, id: string) {
  const row = await db.selectFrom('trainingPlan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw planNotFound();
  return row;
}

export async function savePlanRow(db: Kysely<Schema>, input: PlanInput, now: Date): Promise<string> {
  if (input.id) {
    const { id, ...changes } = input;
    await db.updateTable('trainingPlan').set(changes).where('id', '=', id!).execute();
    return id!;
  }
  const id = randomUUID();
  await db.insertInto('trainingPlan').values({ ...input, id, createdAt: now.toISOString() }).execute();
  return id;
}

export async function readSettings(db: Kysely<Schema>): Promise<TrainingSettings> {
  const row = await db.selectFrom('trainingSetting').selectAll().where('id', '=', 1).executeTakeFirst();
  return { localEstId: row?.localEstId ?? '', dueWithinDays: row?.dueWithinDays ?? DEFAULT_DUE_WITHIN_DAYS };
}

export async function saveSettingsRow(db: Kysely<Schema>, settings: TrainingSettings): Promise<void> {
  await db
    .insertInto('trainingSetting')
    .values({ id: 1, ...settings })
    .onConflict((oc) => oc.column('id').doUpdateSet(settings))
    .execute();
}
