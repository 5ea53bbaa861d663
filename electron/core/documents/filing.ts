import type { Kysely } from 'kysely';
import type { DocumentKind, RecordKind } from '../../shared/api/index.js';
import type { Registry } from '../area.js';
import type { Schema } from '../db/schema.js';

/**
 * Where a document belongs, for retention and the history: with the record it is filed
 * against (a passport copy with its right-to-work check), else by its own kind (the areas say
 * which kind of record each document kind is, in their manifests). Anything else is part of
 * the personnel file.
 */

/** The records of these PAs that documents may be filed against, by id, with the kind of record each is. */
export async function linkableRecords(db: Kysely<Schema>, registry: Registry, workerIds: readonly string[]): Promise<Map<string, RecordKind>> {
  const kinds = new Map<string, RecordKind>();
  if (workerIds.length === 0) return kinds;
  for (const table of registry.linkable) {
    const role = registry.tables.get(table)?.role;
    if (!role || !('kind' in role)) throw new Error(`Documents may be filed against ${table}, but it holds no kind of record`);
    const rows = await db
      .selectFrom(table as 'rightToWorkCheck')
      .select('id')
      .where('workerId', 'in', [...workerIds])
      .execute();
    for (const row of rows) kinds.set(row.id, role.kind);
  }
  return kinds;
}

export function filedUnder(doc: { kind: string; linkedId: string }, linked: ReadonlyMap<string, RecordKind>, registry: Registry): RecordKind {
  return linked.get(doc.linkedId) ?? registry.documentKinds.get(doc.kind as DocumentKind) ?? 'personnel-file';
}
