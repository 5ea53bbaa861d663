import { useApiQuery } from '../../../lib/queries.js';
import { Link } from '../../../lib/router/index.js';
import { ButtonLink, ErrorSummary, Loading, TableBox } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { addedWords, DOCUMENT_KIND_WORDS, documentsPath, MAX_SIZE_WORDS, sizeWords } from './document-words.js';
import { OpenDocumentButton, useOpenDocument } from './OpenDocument.js';

/** A PA's documents, kept inside the encrypted book, each opened with the computer's own viewer. */
export function DocumentsSection() {
  const workerId = usePa().id;
  const list = useApiQuery('documents.list', { workerId });
  const opener = useOpenDocument();

  return (
    <>
      <ErrorSummary items={[...(list.error ? [{ message: list.error.message }] : []), ...(opener.error ? [{ message: opener.error }] : [])]} />
      <h2 className="heading-m">Documents</h2>
      <p className="body">
        Copies of their documents, such as their right to work, DBS certificate, references and signed statement. They
        are kept inside your book, so they are locked with it.
      </p>
      <ButtonLink to={documentsPath(workerId, 'add')}>Add a document</ButtonLink>
      {/* Said to screen readers when a document opens in another window. */}
      <p className="body" role="status">
        {opener.opened?.message}
      </p>
      {list.isPending && <Loading what="Loading their documents" />}
      {list.data && list.data.length === 0 && <p className="body">There are no documents for them yet. You can add files up to {MAX_SIZE_WORDS}.</p>}
      {list.data && list.data.length > 0 && (
        <TableBox label="Their documents">
          <table className="table documents-table">
            <caption className="visually-hidden">Their documents</caption>
            <thead>
              <tr>
                <th scope="col">What it is</th>
                <th scope="col">Kind</th>
                <th scope="col">File</th>
                <th scope="col">Size</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((d) => (
                <tr key={d.id}>
                  <td>{d.label}</td>
                  <td>{DOCUMENT_KIND_WORDS[d.kind].label}</td>
                  <td className="documents-table__file">{d.fileName}</td>
                  <td className="documents-table__nowrap">{sizeWords(d.bytes)}</td>
                  <td>{addedWords(d.addedAt)}</td>
                  <td>
                    <ul className="documents-table__actions">
                      <li>
                        <OpenDocumentButton doc={d} opener={opener} />
                      </li>
                      <li>
                        <Link to={documentsPath(workerId, `${d.id}/rename`)}>
                          Rename<span className="visually-hidden"> {d.label}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={documentsPath(workerId, `${d.id}/delete`)}>
                          Delete<span className="visually-hidden"> {d.label}</span>
                        </Link>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </>
  );
}
