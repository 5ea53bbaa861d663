import { navigate, type Params } from '../../../app/router.js';
import { setFlash } from '../../../lib/flash.js';
import { useApiMutation, useApiQuery } from '../../../lib/queries.js';
import { ConfirmPage, ErrorSummary, Loading, StaticPage } from '../../../ui/index.js';
import { DOCUMENT_KIND_WORDS, documentsPath } from './document-words.js';

/** "Are you sure?" before a document is taken out of the book for good. */
export function DeleteDocumentPage({ params }: { params: Params }) {
  const workerId = params.id!;
  const back = documentsPath(workerId);
  const list = useApiQuery('documents.list', { workerId });
  const worker = useApiQuery('workers.get', { id: workerId });
  const remove = useApiMutation('documents.delete', ['documents.list', 'attention.list']);
  if (list.isPending) return <Loading />;
  if (list.isError) {
    return (
      <StaticPage title="Delete a document" back={back}>
        <ErrorSummary items={[{ message: list.error.message }]} />
      </StaticPage>
    );
  }
  const doc = list.data.find((d) => d.id === params.docId);
  if (!doc) {
    return (
      <StaticPage title="This document is not in your book" back={back}>
        <p className="body">It may have been deleted already. Go back to their documents.</p>
      </StaticPage>
    );
  }
  return (
    <ConfirmPage
      title={`Delete “${doc.label}”?`}
      back={back}
      confirmLabel="Yes, delete it"
      cancel="No, keep it"
      onConfirm={async () => {
        await remove.mutateAsync({ id: doc.id });
        setFlash(`“${doc.label}” has been deleted`);
        navigate(back);
      }}
    >
      <p className="body">
        {worker.data ? `${worker.data.fullName}'s document. ` : ''}
        {DOCUMENT_KIND_WORDS[doc.kind].label}: <span className="path">{doc.fileName}</span>
      </p>
      <p className="body">Carebook will remove its copy from your book. You cannot undo this. Backups you made before keep it.</p>
    </ConfirmPage>
  );
}
