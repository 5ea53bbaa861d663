import { z } from 'zod';
import { absoluteFile, recordId, requiredText } from './fields.js';
import { method } from './method.js';

/** Files kept inside the encrypted book: copies of documents, signed statements, references. */

/** The largest file the book takes. Bigger files make backups slow and rarely matter here. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_KINDS = ['right-to-work', 'dbs', 'reference', 'interview', 'signed-statement', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentInfo {
  id: string;
  workerId: string;
  kind: DocumentKind;
  /** What the employer called it, e.g. "Passport, photo page". */
  label: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  addedAt: string;
  /** The check or contract version it belongs to, if any. */
  linkedId: string;
}

export const documentsApi = {
  'documents.list': method(z.object({ workerId: recordId('PA') }).strict()).reads<DocumentInfo[]>(),
  /** Copy a file (chosen with host.chooseFile) into the book. Its type is checked from its content. */
  'documents.add': method(
    z
      .object({
        workerId: recordId('PA'),
        path: absoluteFile('File'),
        kind: z.enum(DOCUMENT_KINDS, { error: 'Choose what kind of document it is' }),
        label: requiredText('What the document is', 200),
        linkedId: recordId('Linked record').or(z.literal('')).default(''),
      })
      .strict(),
  ).writes<DocumentInfo>(),
  /**
   * Write a readable copy to Carebook's private "opened" folder so the system viewer can show
   * it; the folder is emptied when the book locks or Carebook closes. Returns its path.
   */
  'documents.open': method(z.object({ id: recordId('Document') }).strict()).reads<{ path: string }>(),
  'documents.rename': method(
    z.object({ id: recordId('Document'), label: requiredText('What the document is', 200) }).strict(),
  ).writes<DocumentInfo>(),
  'documents.delete': method(z.object({ id: recordId('Document') }).strict()).writes<{ deleted: true }>(),
} as const;
