import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.js';

/**
 * Run `work` in a transaction, or inside the one already open. A write's handler runs inside
 * the write path's transaction (write-path.ts), and Kysely cannot open a transaction inside a
 * transaction; the example book and tests call the same store functions outside one.
 */
export function atomic<T>(db: Kysely<Schema>, work: (db: Kysely<Schema>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * How many rows this connection has changed since it opened (SQLite's total_changes()), so the
 * write path can tell a write that changed nothing from one that forgot its history line.
 */
export async function rowsChangedSoFar(db: Kysely<Schema>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
