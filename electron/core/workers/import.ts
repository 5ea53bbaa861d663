import type { Kysely } from 'kysely';
import type { ImportPreview } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import type { WorkerTable } from './schema.js';
import { parseWorkersCsv } from './import-rules.js';
import { existingIdentities, insertWorkers, newWorkerRow } from './store.js';
import { atomic } from '../db/atomic.js';

/** What the import would do: every row with its problems. Writes nothing. */
export async function previewImport(db: Kysely<Schema>, csv: string, today: string): Promise<ImportPreview> {
  const { rows, columns } = parseWorkersCsv(csv, await existingIdentities(db), today);
  const okCount = rows.filter((r) => r.details).length;
  return {
    rows: rows.map(({ details: _details, ...row }) => row),
    columns,
    okCount,
    errorCount: rows.length - okCount,
  };
}

/**
 * Import the rows without problems. The file is read again inside the transaction (so the
 * duplicate check sees the book as it is now), and every row is written in that one
 * transaction: if anything fails, nothing is saved.
 */
export async function importWorkers(
  db: Kysely<Schema>,
  csv: string,
  today: string,
  now: Date,
): Promise<{ rows: WorkerTable[]; skipped: number }> {
  return atomic(db, async (tx) => {
    const { rows } = parseWorkersCsv(csv, await existingIdentities(tx), today);
    const ready = rows.flatMap((r) => (r.details ? [newWorkerRow(r.details, r.status === 'active' ? 'active' : 'applicant', now)] : []));
    await insertWorkers(tx, ready);
    return { rows: ready, skipped: rows.length - ready.length };
  });
}
