import { Link } from '../../../lib/router/index.js';
import { useApiQuery } from '../../../lib/queries.js';
import type { ContractVersion } from '../../../shared.js';
import { documentsPath } from '../documents/document-words.js';
import { OpenDocumentButton, useOpenDocument } from '../documents/OpenDocument.js';

/**
 * The signed copy of this version's statement, if one is kept in the book; otherwise what to do
 * with the statement once printed. The law's advice is two signed copies, one for each of you.
 */
export function SignedCopy({ workerId, version }: { workerId: string; version: ContractVersion }) {
  const documents = useApiQuery('documents.list', { workerId });
  const opener = useOpenDocument();
  const signed = (documents.data ?? []).filter((d) => d.kind === 'signed-statement' && d.linkedId === version.id);
  const attach = documentsPath(workerId, `add/signed-statement/${version.id}`);
  if (signed.length === 0) {
    return (
      <p className="body">
        Print two copies and both sign them: one for them, one for you. <Link to={attach}>Attach the signed copy</Link> to
        keep it in your book.
      </p>
    );
  }
  return (
    <div className="body">
      <p className="body">The signed copy is kept in your book:</p>
      <ul className="list">
        {signed.map((d) => (
          <li key={d.id}>
            {d.label} <span className="secondary-text">{d.fileName}</span> <OpenDocumentButton doc={d} opener={opener} />
          </li>
        ))}
      </ul>
      {/* Said to screen readers when the copy opens in another window, or why it did not. */}
      <p className="body" role="status">
        {opener.opened?.message ?? opener.error ?? ''}
      </p>
    </div>
  );
}
