import type { Kysely } from 'kysely';
import { RECORD_KINDS, type RecordKind } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';

/** Every record about one PA, by kind: the ids to delete, and the documents that go with them. */
export interface Holdings {
  rows: Record<'right-to-work' | 'recruitment' | 'contracts', { table: RowTable; ids: string[] }[]>;
  /** Document ids, each filed under the one kind it belongs to. */
  documents: Record<RecordKind, string[]>;
}
type RowTable = 'rightToWorkCheck' | 'dbsCheck' | 'workerReference' | 'interview' | 'contractVersion';

const ROW_TABLES: Record<'right-to-work' | 'recruitment' | 'contracts', RowTable[]> = {
  'right-to-work': ['rightToWorkCheck'],
  recruitment: ['dbsCheck', 'workerReference', 'interview'],
  contracts: ['contractVersion'],
};

/** A document's own kind says where it belongs when it is not filed against a record. */
const DOCUMENT_KIND: Record<string, RecordKind> = {
  'right-to-work': 'right-to-work',
  dbs: 'recruitment',
  reference: 'recruitment',
  interview: 'recruitment',
  'signed-statement': 'contracts',
};

const emptyKinds = <T>(make: () => T) => Object.fromEntries(RECORD_KINDS.map((k) => [k, make()])) as Record<RecordKind, T>;

/**
 * What the book holds for each of some PAs. A document goes with the record it is filed
 * against (a passport copy with its right-to-work check), else by its own kind; anything
 * else (kind "other") is part of the personnel file.
 */
export async function holdingsOf(db: Kysely<Schema>, workerIds: string[]): Promise<Map<string, Holdings>> {
  const found = new Map<string, Holdings>();
  if (workerIds.length === 0) return found;
  for (const id of workerIds) {
    found.set(id, {
      rows: { 'right-to-work': [], recruitment: [], contracts: [] },
      documents: emptyKinds<string[]>(() => []),
    });
  }
  const kindOfRecord = new Map<string, RecordKind>();
  for (const [kind, tables] of Object.entries(ROW_TABLES) as [keyof Holdings['rows'], RowTable[]][]) {
    for (const table of tables) {
      const rows = await db.selectFrom(table).select(['id', 'workerId']).where('workerId', 'in', workerIds).execute();
      for (const w of workerIds) found.get(w)!.rows[kind].push({ table, ids: [] });
      for (const row of rows) {
        found.get(row.workerId)!.rows[kind].find((r) => r.table === table)!.ids.push(row.id);
        kindOfRecord.set(row.id, kind);
      }
    }
  }
  const documents = await db.selectFrom('document').select(['id', 'workerId', 'kind', 'linkedId']).where('workerId', 'in', workerIds).execute();
  for (const doc of documents) {
    const kind = kindOfRecord.get(doc.linkedId) ?? DOCUMENT_KIND[doc.kind] ?? 'personnel-file';
    found.get(doc.workerId)!.documents[kind].push(doc.id);
  }
  return found;
}

/** How many records of each kind: rows plus documents; the personnel file counts the PA themselves. */
export function countHoldings(h: Holdings): Record<RecordKind, number> {
  const counts = emptyKinds(() => 0);
  for (const [kind, tables] of Object.entries(h.rows) as [keyof Holdings['rows'], { ids: string[] }[]][]) {
    counts[kind] = tables.reduce((n, t) => n + t.ids.length, 0) + h.documents[kind].length;
  }
  counts['personnel-file'] = 1 + h.documents['personnel-file'].length;
  counts.applicant = counts['right-to-work'] + counts.recruitment + counts.contracts + counts['personnel-file'] + h.documents.applicant.length;
  return counts;
}

/**
 * Delete one kind of record for a PA, in one transaction. The personnel file and an
 * applicant's records are everything: the worker row goes, and the foreign keys take the rest.
 */
export async function deleteHoldings(db: Kysely<Schema>, workerId: string, kind: RecordKind, h: Holdings): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (kind === 'personnel-file' || kind === 'applicant') {
      await tx.deleteFrom('worker').where('id', '=', workerId).execute();
      return;
    }
    const documentIds = h.documents[kind];
    if (documentIds.length) await tx.deleteFrom('document').where('id', 'in', documentIds).execute();
    for (const { table, ids } of h.rows[kind]) {
      if (ids.length) await tx.deleteFrom(table).where('workerId', '=', workerId).where('id', 'in', ids).execute();
    }
  });
}
