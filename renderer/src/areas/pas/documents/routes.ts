import type { Route } from '../../../app/router.js';
import { AddDocumentPage } from './AddDocumentPage.js';
import { DeleteDocumentPage } from './DeleteDocumentPage.js';
import { DocumentsPage } from './DocumentsPage.js';
import { RenameDocumentPage } from './RenameDocumentPage.js';

/**
 * A PA's documents. "add/:kind/:linkedId" lets another page start the form already knowing
 * what is added and what it belongs to (e.g. the signed statement for a contract version).
 * The fixed "add" paths come before the ":docId" ones of the same length.
 */
export const documentRoutes: Route[] = [
  { path: '/pas/:id/documents', component: DocumentsPage },
  { path: '/pas/:id/documents/add', component: AddDocumentPage },
  { path: '/pas/:id/documents/add/:kind', component: AddDocumentPage },
  { path: '/pas/:id/documents/add/:kind/:linkedId', component: AddDocumentPage },
  { path: '/pas/:id/documents/:docId/rename', component: RenameDocumentPage },
  { path: '/pas/:id/documents/:docId/delete', component: DeleteDocumentPage },
];
