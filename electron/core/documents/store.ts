import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DocumentInfo, DocumentKind } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import type { DocumentTable } from './schema.js';
import { CoreError } from '../errors.js';
import { atomic } from '../db/atomic.js';

/** Documents in the book: metadata in `document`, bytes in `document_content`, so lists never read the bytes. */

const INFO = ['id', 'workerId', 'kind', 'label', 'fileName', 'mediaType', 'bytes', 'addedAt', 'linkedId'] as const;

function fromRow(row: Pick<Selectable<DocumentTable>, (typeof INFO)[number]>): DocumentInfo {
  return { ...row, kind: row.kind as DocumentKind };
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const notFound = () =>
  new CoreError('not_found', 'That document is not in your book any more. Go back to the list of documents and choose it again.');

export async function listDocuments(db: Kysely<Schema>, workerId: string): Promise<DocumentInfo[]> {
  // The id only makes the order the same every time for two added in the same millisecond
  // (portable SQL: no SQLite rowid, so the book could one day move to PostgreSQL).
  const rows = await db.selectFrom('document').select(INFO).where('workerId', '=', workerId).orderBy('addedAt', 'desc').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function readDocument(db: Kysely<Schema>, id: string): Promise<DocumentInfo> {
  const row = await db.selectFrom('document').select(INFO).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return fromRow(row);
}

/** The bytes and the checksum they were stored with. */
export async function readContent(db: Kysely<Schema>, id: string): Promise<{ data: Uint8Array; sha256: string }> {
  const row = await db
    .selectFrom('document')
    .innerJoin('documentContent', 'documentContent.documentId', 'document.id')
    .select(['documentContent.data', 'document.sha256'])
    .where('document.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export interface NewDocument {
  workerId: string;
  kind: DocumentKind;
  label: string;
  fileName: string;
  mediaType: string;
  linkedId: string;
}

/** Metadata and bytes in one transaction: a document is either wholly in the book or not at all. */
export async function insertDocument(db: Kysely<Schema>, doc: NewDocument, data: Uint8Array, now: Date): Promise<DocumentInfo> {
  const id = randomUUID();
  await atomic(db, async (tx) => {
    await tx
      .insertInto('document')
      .values({ id, ...doc, bytes: data.byteLength, sha256: sha256(data), addedAt: now.toISOString() })
      .execute();
    await tx.insertInto('documentContent').values({ documentId: id, data }).execute();
  });
  return readDocument(db, id);
}

export async function renameDocument(db: Kysely<Schema>, id: string, label: string): Promise<DocumentInfo> {
  const result = await db.updateTable('document').set({ label }).where('id', '=', id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound();
  return readDocument(db, id);
}

/** The content row goes with the document (and secure_delete overwrites its pages). */
export async function deleteDocument(db: Kysely<Schema>, id: string): Promise<void> {
  await atomic(db, async (tx) => {
    await tx.deleteFrom('documentContent').where('documentId', '=', id).execute();
    const result = await tx.deleteFrom('document').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound();
  });
}
