import { sql, type Kysely } from 'kysely';
import { RECORD_KINDS, type RecordKind } from '../../shared/api/index.js';
import type { Registry, TableName } from '../area.js';
import { atomic } from '../db/atomic.js';
import type { Schema } from '../db/schema.js';
import { filedUnder, linkableRecords } from '../documents/index.js';
import { forgetLines } from '../history/index.js';

/**
 * Every record about some PAs, by kind, found from what the areas declared: each table whose
 * rows are one kind of record (its role in the manifest), and the documents filed under each
 * kind. Nothing here names a table: a new area's records are counted and deleted with the rest.
 */
export interface Holdings {
  /** Per kind, per table, the ids of that PA's rows. */
  rows: Record<RecordKind, { table: TableName; ids: string[] }[]>;
  /** Document ids, each filed under the one kind it belongs to. */
  documents: Record<RecordKind, string[]>;
}

const byKind = <T>(make: () => T) => Object.fromEntries(RECORD_KINDS.map((k) => [k, make()])) as Record<RecordKind, T>;

/** The tables that hold each kind of record, and the column that names the PA. */
function recordTables(registry: Registry): { table: TableName; kind: RecordKind; by: 'id' | 'workerId' }[] {
  return [...registry.tables].flatMap(([table, { role }]) => ('kind' in role ? [{ table, kind: role.kind, by: role.by ?? 'workerId' }] : []));
}

export async function holdingsOf(db: Kysely<Schema>, registry: Registry, workerIds: string[]): Promise<Map<string, Holdings>> {
  const found = new Map<string, Holdings>();
  if (workerIds.length === 0) return found;
  const tables = recordTables(registry);
  for (const id of workerIds) {
    const rows = byKind<{ table: TableName; ids: string[] }[]>(() => []);
    for (const t of tables) rows[t.kind].push({ table: t.table, ids: [] });
    found.set(id, { rows, documents: byKind<string[]>(() => []) });
  }
  for (const { table, kind, by } of tables) {
    // Dynamic table names lose Kysely's column types; every record table has an id and the PA's column.
    const rows = (await (db as Kysely<Record<string, { id: string; workerId: string }>>)
      .selectFrom(table)
      .select(by === 'id' ? ['id', 'id as workerId'] : ['id', 'workerId'])
      .where(by, 'in', workerIds)
      .execute()) as { id: string; workerId: string }[];
    for (const row of rows) found.get(row.workerId)!.rows[kind].find((r) => r.table === table)!.ids.push(row.id);
  }
  const linked = await linkableRecords(db, registry, workerIds);
  const documents = await db.selectFrom('document').select(['id', 'workerId', 'kind', 'linkedId']).where('workerId', 'in', workerIds).execute();
  for (const doc of documents) found.get(doc.workerId)!.documents[filedUnder(doc, linked, registry)].push(doc.id);
  return found;
}

/**
 * How many records of each kind for each of these PAs, counted in the database (Home needs the
 * numbers, not the ids: a decade of shifts is hundreds of thousands of rows). Same rules as
 * countHoldings. With `how: 'any'` a table's rows count as one at most, found with one index
 * look per PA: Home asks only whether there is something to delete, and counting a left PA's
 * ten years of shifts to learn that took most of Home's time.
 */
export async function countsOf(db: Kysely<Schema>, registry: Registry, workerIds: string[], how: 'count' | 'any' = 'count'): Promise<Map<string, Record<RecordKind, number>>> {
  const found = new Map<string, Record<RecordKind, number>>(workerIds.map((id) => [id, byKind(() => 0)]));
  if (workerIds.length === 0) return found;
  for (const { table, kind, by } of recordTables(registry)) {
    const rows =
      how === 'any'
        ? (
            // Raw SQL goes through the camel-case plugin too: worker_id comes back as workerId.
            await sql<{ workerId: string; n: number }>`select w.id as worker_id, 1 as n from worker w
              where w.id in (${sql.join(workerIds)}) and exists (select 1 from ${sql.table(table)} t where t.${sql.ref(by)} = w.id)`.execute(db)
          ).rows
        : ((await (db as Kysely<Record<string, { id: string; workerId: string }>>)
            .selectFrom(table)
            .select((eb) => [eb.ref(by).as('workerId'), eb.fn.countAll<number>().as('n')])
            .where(by, 'in', workerIds)
            .groupBy(by)
            .execute()) as { workerId: string; n: number | string }[]);
    for (const row of rows) found.get(row.workerId)![kind] += Number(row.n);
  }
  const linked = await linkableRecords(db, registry, workerIds);
  const documents = await db.selectFrom('document').select(['id', 'workerId', 'kind', 'linkedId']).where('workerId', 'in', workerIds).execute();
  for (const doc of documents) found.get(doc.workerId)![filedUnder(doc, linked, registry)] += 1;
  for (const counts of found.values()) counts.applicant = RECORD_KINDS.reduce((n, kind) => (kind === 'applicant' ? n : n + counts[kind]), 0);
  return found;
}

/**
 * How many records of each kind: rows plus documents (the personnel file counts the PA's own
 * record). For someone who never started, "applicant" is everything about them.
 */
export function countHoldings(h: Holdings): Record<RecordKind, number> {
  const counts = byKind(() => 0);
  for (const kind of RECORD_KINDS) counts[kind] = h.rows[kind].reduce((n, t) => n + t.ids.length, 0) + h.documents[kind].length;
  counts.applicant = RECORD_KINDS.reduce((n, kind) => n + counts[kind], 0);
  return counts;
}

/**
 * Delete one kind of record for a PA, in one transaction, with its lines in the history. The
 * personnel file and an applicant's records are everything: the PA's own row goes, and the
 * foreign keys take the rest (their history lines too).
 */
export async function deleteHoldings(db: Kysely<Schema>, workerId: string, kind: RecordKind, h: Holdings): Promise<void> {
  await atomic(db, async (tx) => {
    if (kind === 'personnel-file' || kind === 'applicant') {
      await tx.deleteFrom('worker').where('id', '=', workerId).execute();
      return;
    }
    const documentIds = h.documents[kind];
    if (documentIds.length) await tx.deleteFrom('document').where('id', 'in', documentIds).execute();
    for (const { table, ids } of h.rows[kind]) {
      if (ids.length) {
        await (tx as Kysely<Record<string, { id: string; workerId: string }>>).deleteFrom(table).where('workerId', '=', workerId).where('id', 'in', ids).execute();
      }
    }
    await forgetLines(tx, workerId, [kind]);
  });
}
