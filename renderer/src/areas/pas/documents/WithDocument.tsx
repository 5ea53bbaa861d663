import type { ReactNode } from 'react';
import { useApiQuery } from '../../../lib/queries.js';
import type { DocumentInfo } from '../../../shared.js';
import { ErrorSummary, Loading, StaticPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { documentsPath } from './document-words.js';

/**
 * For a page about one of the PA's documents (rename, delete): the document, or a plain page
 * that says it is not in the book. `title` names the page when the list cannot be loaded.
 */
export function WithDocument({ docId, title, children }: { docId: string; title: string; children: (doc: DocumentInfo, back: string) => ReactNode }) {
  const w = usePa();
  const back = documentsPath(w.id);
  const list = useApiQuery('documents.list', { workerId: w.id });
  if (list.isPending) return <Loading />;
  if (list.isError) {
    return (
      <StaticPage title={title} back={back}>
        <ErrorSummary items={[{ message: list.error.message }]} />
      </StaticPage>
    );
  }
  const doc = list.data.find((d) => d.id === docId);
  if (!doc) {
    return (
      <StaticPage title="This document is not in your book" back={back}>
        <p className="body">It may have been deleted already. Go back to their documents.</p>
      </StaticPage>
    );
  }
  return children(doc, back);
}
