import { open, stat } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES, stripBidi, type DocumentInfo } from '../../shared/api/index.js';
import type { AreaHandlers, Context } from '../area.js';
import { CoreError, damaged } from '../errors.js';
import { requireWorker } from '../workers/index.js';
import { ACCEPTED_FILES, extensionsFor, fileKind } from './file-kind.js';
import { filedUnder, linkableRecords } from './filing.js';
import { safeFileName, writeOpenedCopy } from './opened-folder.js';
import { deleteDocument, insertDocument, listDocuments, readContent, readDocument, renameDocument, sha256 } from './store.js';

const pathProblem = (message: string) => new CoreError('invalid_input', message, { path: message });

const LIMIT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

/** The file's name as chosen, without its folder (either kind of slash). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

/** Read the chosen file, refusing what the book should not take, with a message that says what to do. */
async function readChosenFile(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw pathProblem('Carebook cannot find that file. Choose it again.');
    throw pathProblem('Carebook cannot read that file. Check you can open it yourself, then choose it again.');
  }
  if (info.isDirectory()) throw pathProblem('That is a folder, not a file. Choose a file.');
  if (!info.isFile()) throw pathProblem('That is not a file Carebook can keep. Choose a document, photo or scan.');
  const tooBig = () =>
    pathProblem(`The file must be smaller than ${LIMIT_MB} MB. Choose a smaller file, or scan it again at a lower quality.`);
  if (info.size > MAX_DOCUMENT_BYTES) throw tooBig();
  if (info.size === 0) throw pathProblem('The file is empty. Choose another file.');
  // Read through one handle, and never more than the limit and a byte: the file may change
  // (or be swapped for another) between looking at it and reading it.
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      // One byte more than expected, to notice a file that grew.
      const buffer = Buffer.alloc(info.size + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
      }
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch {
    throw pathProblem('Carebook cannot read that file. Check you can open it yourself, then choose it again.');
  }
  if (bytes.byteLength !== info.size) throw pathProblem('The file changed while Carebook was reading it. Choose it again.');
  return bytes;
}

/** A document's lines are about the kind of record it is filed under. */
async function aboutDocument(ctx: Context, doc: DocumentInfo) {
  const linked = await linkableRecords(ctx.db(), ctx.registry, [doc.workerId]);
  return { workerId: doc.workerId, recordId: doc.id, kind: filedUnder(doc, linked, ctx.registry) };
}

/** "230 KB": the size a person would say. */
function sizeInWords(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const documentsHandlers: AreaHandlers<
  'documents.list' | 'documents.add' | 'documents.open' | 'documents.rename' | 'documents.delete'
> = {
  'documents.list': async (ctx, { workerId }) => {
    await requireWorker(ctx.db(), workerId);
    return listDocuments(ctx.db(), workerId);
  },

  'documents.add': async (ctx, input) => {
    const db = ctx.db();
    await requireWorker(db, input.workerId);
    const linked = await linkableRecords(db, ctx.registry, [input.workerId]);
    if (input.linkedId && !linked.has(input.linkedId)) {
      throw new CoreError('not_found', 'The check or contract this document belongs to is not in your book. Go back and try again.');
    }
    const bytes = await readChosenFile(input.path);
    // No bidi controls in a stored name: "invoice\u202Efdp.exe" would show as "invoiceexe.pdf".
    const fileName = stripBidi(baseName(input.path)).slice(-200);
    const kind = await fileKind(bytes, fileName);
    if (!kind) throw pathProblem(`Carebook cannot keep this kind of file. ${ACCEPTED_FILES}.`);
    const saved = await insertDocument(
      db,
      { workerId: input.workerId, kind: input.kind, label: input.label, fileName, mediaType: kind.mediaType, linkedId: input.linkedId },
      bytes,
      ctx.now(),
    );
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: filedUnder(saved, linked, ctx.registry),
      summary: `Added a document, “${saved.label}” (${fileName}, ${sizeInWords(saved.bytes)})`,
    });
    return saved;
  },

  'documents.open': async (ctx, { id }) => {
    const db = ctx.db();
    const info = await readDocument(db, id);
    const content = await readContent(db, id);
    if (sha256(content.data) !== content.sha256) {
      throw damaged(`The copy of "${info.label}" in your book is damaged, so Carebook will not open it.`);
    }
    const extensions = extensionsFor(info.mediaType);
    if (extensions.length === 0) throw damaged(`Carebook does not know what kind of file "${info.label}" is, so it will not open it.`);
    const name = safeFileName(info.fileName, extensions);
    return { path: writeOpenedCopy(ctx.config.dataDir, name, content.data) };
  },

  'documents.rename': async (ctx, { id, label }) => {
    const before = await readDocument(ctx.db(), id);
    if (before.label === label) return before;
    const saved = await renameDocument(ctx.db(), id, label);
    ctx.record({
      ...(await aboutDocument(ctx, saved)),
      summary: `Renamed a document (${saved.fileName})`,
      changes: [{ field: 'What the document is', from: before.label, to: saved.label }],
    });
    return saved;
  },

  'documents.delete': async (ctx, { id }) => {
    const doc = await readDocument(ctx.db(), id);
    const about = await aboutDocument(ctx, doc);
    await deleteDocument(ctx.db(), id);
    ctx.record({ ...about, summary: `Deleted a document, “${doc.label}” (${doc.fileName})` });
    return { deleted: true as const };
  },
};
