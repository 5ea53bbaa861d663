import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { fillDocuments } from './example.js';
import { documentsHandlers } from './handlers.js';
import { emptyOpenedFolder } from './opened-folder.js';
import { listDocuments } from './store.js';

/** Files kept inside the encrypted book, and readable copies for the system's viewer. */
export const documentsArea: CoreArea<keyof typeof documentsHandlers> = {
  name: 'documents',
  label: 'Documents',
  handlers: documentsHandlers,
  // Its tables were made by 004_people (workers), before areas had manifests.
  tables: { document: { documents: true }, documentContent: { partOf: 'document' } },
  documents: { kinds: { other: 'personnel-file' } },
  example: fillDocuments,
  // Readable copies must not outlive the session.
  onLock: emptyOpenedFolder,
  benchInputs: async (ctx) => {
    const pa = await longestServing(ctx.db());
    const [doc] = await listDocuments(ctx.db(), pa.id);
    if (!doc) throw new Error('The longest-serving PA in the large book has no documents');
    return { 'documents.list': { workerId: pa.id }, 'documents.open': { id: doc.id } };
  },
};
