import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ContractTerms, ContractVersion, Worker } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import type { ContractVersionTable } from './schema.js';
import { CoreError } from '../errors.js';

/** Contract versions in the book: every version keeps its whole terms as JSON, exactly as saved. */

type Row = Selectable<ContractVersionTable>;

function fromRow(row: Row): ContractVersion {
  const terms = JSON.parse(row.terms) as ContractTerms;
  return {
    ...terms,
    // The columns are the truth for what the book indexes on.
    workerId: row.workerId,
    appliesFrom: row.appliesFrom,
    id: row.id,
    version: row.version,
    issuedOn: row.issuedOn,
    agreedOn: row.agreedOn,
    createdAt: row.createdAt,
  };
}

/** Every version of one PA's contract, newest first. */
export async function readVersions(db: Kysely<Schema>, workerId: string): Promise<ContractVersion[]> {
  const rows = await db.selectFrom('contractVersion').selectAll().where('workerId', '=', workerId).orderBy('version', 'desc').execute();
  return rows.map(fromRow);
}

/** Every version of these PAs' contracts, newest first within each PA (for attention lists). */
export async function readVersionsOf(db: Kysely<Schema>, workerIds: string[]): Promise<Map<string, ContractVersion[]>> {
  const rows = workerIds.length
    ? await db.selectFrom('contractVersion').selectAll().where('workerId', 'in', workerIds).orderBy('workerId').orderBy('version', 'desc').execute()
    : [];
  const byWorker = new Map<string, ContractVersion[]>();
  for (const row of rows) {
    const list = byWorker.get(row.workerId) ?? [];
    list.push(fromRow(row));
    byWorker.set(row.workerId, list);
  }
  return byWorker;
}

export async function readVersion(db: Kysely<Schema>, id: string): Promise<ContractVersion> {
  const row = await db.selectFrom('contractVersion').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('not_found', 'That version of the contract is not in your book. Go back to the contract and try again.');
  return fromRow(row);
}

/** The version that applies on `today`: the latest that has started, else the newest (not started yet). */
export function currentVersion(versionsNewestFirst: ContractVersion[], today: string): ContractVersion | null {
  return versionsNewestFirst.find((v) => v.appliesFrom <= today) ?? versionsNewestFirst[0] ?? null;
}

export async function insertVersion(
  db: Kysely<Schema>,
  terms: ContractTerms,
  version: number,
  now: Date,
): Promise<ContractVersion> {
  const id = randomUUID();
  await db
    .insertInto('contractVersion')
    .values({
      id,
      workerId: terms.workerId,
      version,
      appliesFrom: terms.appliesFrom,
      terms: JSON.stringify(terms),
      issuedOn: '',
      agreedOn: '',
      createdAt: now.toISOString(),
    })
    .execute();
  return readVersion(db, id);
}

export async function setVersionDate(
  db: Kysely<Schema>,
  id: string,
  column: 'issuedOn' | 'agreedOn',
  date: string,
): Promise<ContractVersion> {
  await db.updateTable('contractVersion').set({ [column]: date }).where('id', '=', id).execute();
  return readVersion(db, id);
}

/** What the contract area needs to know about a PA. */
export type WorkerBasics = Pick<Worker, 'id' | 'fullName' | 'preferredName' | 'startDate' | 'status' | 'jobTitle'>;
