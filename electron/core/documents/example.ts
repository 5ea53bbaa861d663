import { dateInWords } from '../../shared/dates.js';
import { insertRows, type ExampleBook } from '../example/example-book.js';
import { onePagePdf } from '../pdf/one-page-pdf.js';
import type { DocumentContentTable, DocumentTable } from './schema.js';
import { sha256 } from './store.js';

/**
 * The example book's documents: a copy of the passport seen at each right-to-work check (the
 * law asks the employer to keep one) and the signed copy of each first statement. Each is a
 * small one-page PDF that says it is made up.
 */
export async function fillDocuments({ db, record }: ExampleBook): Promise<void> {
  const checks = await db.selectFrom('rightToWorkCheck').select(['id', 'workerId', 'checkedOn']).orderBy('checkedOn').execute();
  const statements = await db
    .selectFrom('contractVersion')
    .select(['id', 'workerId', 'issuedOn'])
    .where('version', '=', 1)
    .where('issuedOn', '!=', '')
    .orderBy('issuedOn')
    .execute();
  const documents: DocumentTable[] = [];
  const contents: DocumentContentTable[] = [];
  const add = (linked: { id: string; workerId: string }, on: string, kind: string, label: string, fileName: string, recordKind: 'right-to-work' | 'contracts') => {
    const data = onePagePdf(`${label}. Made up for the Carebook example book.`);
    const id = `${linked.id.slice(0, 24)}d0c${kind === 'right-to-work' ? '000000001' : '000000002'}`;
    const addedAt = `${on}T12:00:00.000Z`;
    documents.push({ id, workerId: linked.workerId, kind, label, fileName, mediaType: 'application/pdf', bytes: data.byteLength, sha256: sha256(data), linkedId: linked.id, addedAt });
    contents.push({ documentId: id, data });
    record({ workerId: linked.workerId, recordId: id, kind: recordKind, at: addedAt, method: 'documents.add', summary: `Added a document, “${label}” (${fileName}, 1 KB)` });
  };
  for (const c of checks) add(c, c.checkedOn, 'right-to-work', 'Passport, photo page', 'passport.pdf', 'right-to-work');
  for (const s of statements) add(s, s.issuedOn, 'signed-statement', `Signed statement, given on ${dateInWords(s.issuedOn)}`, 'signed-statement.pdf', 'contracts');
  await insertRows(db, 'document', documents);
  await insertRows(db, 'documentContent', contents);
}
