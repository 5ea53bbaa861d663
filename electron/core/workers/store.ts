import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Worker, WorkerDetails, WorkerStatus, WorkerSummary } from '../../shared/api/index.js';
import { searchableName } from '../../shared/people/names.js';
import type { Schema } from '../db/schema.js';
import type { WorkerTable } from './schema.js';
import { CoreError } from '../errors.js';
import type { StatusFacts } from './rules.js';

export const workerNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that PA. They may have been deleted. Go back to Your PAs and choose them again.');

function toWorker(row: WorkerTable): Worker {
  return { ...row, status: row.status as WorkerStatus };
}

export async function findWorker(db: Kysely<Schema>, id: string): Promise<Worker | null> {
  const row = await db.selectFrom('worker').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toWorker(row) : null;
}

/** The PA, or a not_found error the person can act on. */
export async function readWorker(db: Kysely<Schema>, id: string): Promise<Worker> {
  const worker = await findWorker(db, id);
  if (!worker) throw workerNotFound();
  return worker;
}

/** Throws not_found unless the PA exists. */
export async function requireWorker(db: Kysely<Schema>, id: string): Promise<void> {
  const row = await db.selectFrom('worker').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw workerNotFound();
}

const SHOW: Record<'current' | 'left' | 'all', WorkerStatus[]> = {
  current: ['applicant', 'active'],
  left: ['left'],
  all: ['applicant', 'active', 'left'],
};

// Sorted as people sort names: case and accents do not split "adam" from "Adam" or "Ådne".
const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * The PA list. The status filter uses the (status, full_name) index; the name search runs
 * here, not in SQL, so it ignores case and accents for every alphabet (SQLite's LIKE and
 * lower() only fold ASCII). A book holds tens or hundreds of PAs, so this stays instant.
 */
export async function listWorkers(
  db: Kysely<Schema>,
  { search, show }: { search: string; show: 'current' | 'left' | 'all' },
): Promise<WorkerSummary[]> {
  const rows = await db
    .selectFrom('worker')
    .select(['id', 'fullName', 'preferredName', 'jobTitle', 'status', 'startDate', 'leftOn'])
    .where('status', 'in', SHOW[show])
    .orderBy('fullName')
    .execute();
  const wanted = searchableName(search);
  return rows
    .filter((r) => !wanted || searchableName(r.fullName).includes(wanted) || searchableName(r.preferredName).includes(wanted))
    .map((r) => ({ ...r, status: r.status as WorkerStatus }))
    .sort((a, b) => byName.compare(a.fullName, b.fullName) || a.id.localeCompare(b.id));
}

/** A new worker row (not yet written): the details, where they stand, and the timestamps. */
export function newWorkerRow(details: WorkerDetails, status: 'applicant' | 'active', now: Date): WorkerTable {
  const at = now.toISOString();
  return { id: randomUUID(), ...details, status, leftOn: '', leftReason: '', createdAt: at, updatedAt: at };
}

export async function insertWorkers(db: Kysely<Schema>, rows: WorkerTable[]): Promise<void> {
  // Batches keep each statement well under SQLite's limit on bound values.
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('worker').values(rows.slice(i, i + 100)).execute();
}

export async function updateWorkerDetails(db: Kysely<Schema>, id: string, details: WorkerDetails, now: Date): Promise<void> {
  const result = await db.updateTable('worker').set({ ...details, updatedAt: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw workerNotFound();
}

export async function writeStatus(db: Kysely<Schema>, id: string, facts: StatusFacts, now: Date): Promise<void> {
  const result = await db.updateTable('worker').set({ ...facts, updatedAt: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw workerNotFound();
}

/**
 * Delete a PA and every record about them. The foreign keys cascade from the worker row to
 * their checks, status checks, contract versions and documents, and from documents to their
 * content; secure_delete overwrites the freed pages.
 */
export async function deleteWorker(db: Kysely<Schema>, id: string): Promise<void> {
  const result = await db.deleteFrom('worker').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw workerNotFound();
}

/** What duplicate checks need to know about the PAs already in the book. */
export async function existingIdentities(db: Kysely<Schema>) {
  return db.selectFrom('worker').select(['fullName', 'dateOfBirth', 'niNumber']).execute();
}

/** The PA with the longest history (the earliest start): the slowest page to read, so the one the bench times. */
export async function longestServing(db: Kysely<Schema>): Promise<{ id: string; fullName: string }> {
  const pa = await db.selectFrom('worker').select(['id', 'fullName']).where('startDate', '!=', '').orderBy('startDate').limit(1).executeTakeFirst();
  if (!pa) throw new Error('The book has no PAs who have started: the example generator did not add any');
  return pa;
}

/** The job title on a PA's record follows the contract terms that apply today (contracts.save). */
export async function setJobTitle(db: Kysely<Schema>, id: string, jobTitle: string, now: Date): Promise<void> {
  const result = await db.updateTable('worker').set({ jobTitle, updatedAt: now.toISOString() }).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw workerNotFound();
}
