import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
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
 * Counts the rows the statements run through it insert, update or delete, from each result's
 * own count, so the write path can tell a write that changed nothing from one that forgot its
 * history line. Kysely reports the count for SQLite and PostgreSQL alike, so this stays
 * portable (SQLite's total_changes() would not).
 */
export class RowsChanged implements KyselyPlugin {
  count = 0;

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count += Number(result.numAffectedRows ?? 0);
    return result;
  }
}
