import type { DocumentInfo } from '../../../shared.js';
import { ConfirmPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { DOCUMENT_KIND_WORDS } from './document-words.js';
import { WithDocument } from './WithDocument.js';
import { useSaveAndGo } from '../../../lib/save.js';

/** "Are you sure?" before a document is taken out of the book for good. */
export function DeleteDocumentPage({ params }: { params: { docId: string } }) {
  return (
    <WithDocument docId={params.docId} title="Delete a document">
      {(doc, back) => <DeleteDocument doc={doc} back={back} />}
    </WithDocument>
  );
}

function DeleteDocument({ doc, back }: { doc: DocumentInfo; back: string }) {
  const w = usePa();
  const remove = useSaveAndGo('documents.delete');
  return (
    <ConfirmPage
      title={`Delete “${doc.label}”?`}
      back={back}
      confirmLabel="Yes, delete it"
      cancel="No, keep it"
      onConfirm={() => remove({ id: doc.id }, { flash: `“${doc.label}” has been deleted`, to: back })}
    >
      <p className="body">
        {w.fullName}'s document.{' '}
        {DOCUMENT_KIND_WORDS[doc.kind].label}: <span className="path">{doc.fileName}</span>
      </p>
      <p className="body">Carebook will remove its copy from your book. You cannot undo this. Backups you made before keep it.</p>
    </ConfirmPage>
  );
}
