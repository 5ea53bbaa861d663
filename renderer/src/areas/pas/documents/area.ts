import type { Area } from '../../../lib/area.js';
import { page } from '../../../lib/router/index.js';
import { AddDocumentPage } from './AddDocumentPage.js';
import { DeleteDocumentPage } from './DeleteDocumentPage.js';
import { DocumentsSection } from './DocumentsSection.js';
import { RenameDocumentPage } from './RenameDocumentPage.js';

/**
 * A PA's documents. "add/:kind/:linkedId" lets another page start the form already knowing
 * what is added and what it belongs to (e.g. the signed statement for a contract version).
 * The fixed "add" path comes before the ":docId" ones of the same length.
 */
export const paDocumentsArea: Area = {
  pa: {
    tab: { label: 'Documents', path: '/documents', order: 80, historyArea: 'documents', section: DocumentsSection },
    routes: [
      page('/documents/add/:kind?/:linkedId?', AddDocumentPage),
      page('/documents/:docId/rename', RenameDocumentPage),
      page('/documents/:docId/delete', DeleteDocumentPage),
    ],
  },
};
