import { createContext, useContext, type ReactNode } from 'react';
import { Link } from '../../../lib/router/index.js';
import type { DocumentInfo } from '../../../shared.js';
import type { SummaryRow } from '../../../ui/index.js';
import { documentsPath } from '../documents/document-words.js';
import { OpenDocumentButton, type DocumentOpener } from '../documents/OpenDocument.js';
import type { CheckKind } from './words.js';

type CopyKind = Extract<CheckKind, 'right-to-work' | 'dbs' | 'reference' | 'interview'>;

/**
 * The PA's documents, loaded once for the whole tab and grouped by the check they belong to.
 * `null` when they could not be loaded (the tab says so at the top).
 */
export interface Copies {
  workerId: string;
  byCheck: Map<string, DocumentInfo[]> | null;
  opener: DocumentOpener;
}

export const CopiesContext = createContext<Copies | null>(null);

export function groupByLinkedId(docs: DocumentInfo[]): Map<string, DocumentInfo[]> {
  const byCheck = new Map<string, DocumentInfo[]>();
  for (const d of docs) {
    if (!d.linkedId) continue;
    byCheck.set(d.linkedId, [...(byCheck.get(d.linkedId) ?? []), d]);
  }
  return byCheck;
}

/** What the row is called, what to say when nothing is attached, and the link that attaches one. */
const WORDS: Record<CopyKind, { key: string; none: ReactNode; attach: string }> = {
  'right-to-work': {
    key: 'Copy of their documents',
    // REFERENCE §1.3: the employer keeps a copy of what they checked, so a missing one is said plainly.
    none: (
      <>
        <strong>No copy attached yet.</strong> The law says you must keep a copy of the documents you checked.
      </>
    ),
    attach: 'Attach the copy of their documents',
  },
  dbs: { key: 'Copy of the certificate', none: 'No copy attached.', attach: 'Attach a copy of the certificate' },
  reference: { key: 'Copy of the reference', none: 'No copy attached.', attach: 'Attach the reference' },
  interview: { key: 'Notes attached', none: 'No notes attached.', attach: 'Attach interview notes' },
};

/**
 * A summary-list row for a check's card: the documents linked to it, each with Open, and a link
 * to attach one. `what` names the check (e.g. "right-to-work check of 2 November 2026"); it is
 * hidden after the link's words so links on different cards have different names for screen
 * readers and voice control.
 */
export function copiesRow(kind: CopyKind, checkId: string, what: string): SummaryRow {
  return { key: WORDS[kind].key, value: <CheckCopies kind={kind} checkId={checkId} what={what} /> };
}

function CheckCopies({ kind, checkId, what }: { kind: CopyKind; checkId: string; what: string }) {
  const copies = useContext(CopiesContext);
  if (!copies) return null;
  const { workerId, byCheck, opener } = copies;
  const words = WORDS[kind];
  const docs = byCheck?.get(checkId) ?? [];
  const justOpened = opener.opened && docs.some((d) => d.id === opener.opened?.id) ? opener.opened.message : '';
  return (
    <>
      {!byCheck && <span className="line secondary-text">Carebook could not load the copies. They are on the Documents tab.</span>}
      {byCheck && docs.length === 0 && <span className={kind === 'right-to-work' ? 'line' : 'line secondary-text'}>{words.none}</span>}
      {docs.length > 0 && (
        <ul className="list">
          {docs.map((d) => (
            <li key={d.id}>
              <span className="line">{d.label}</span>
              <span className="secondary-text">{d.fileName}</span> <OpenDocumentButton doc={d} opener={opener} />
            </li>
          ))}
        </ul>
      )}
      {/* Said to screen readers when one of these opens in another window. */}
      <span className="line" role="status">
        {justOpened}
      </span>
      <span className="line">
        <Link to={documentsPath(workerId, `add/${kind}/${checkId}`)}>
          {docs.length > 0 ? 'Attach another file' : words.attach}
          <span className="visually-hidden"> for the {what}</span>
        </Link>
      </span>
    </>
  );
}
