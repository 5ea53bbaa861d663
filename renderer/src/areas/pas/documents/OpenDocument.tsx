import { useState } from 'react';
import { ApiError, call } from '../../../lib/api.js';
import type { DocumentInfo } from '../../../shared.js';

/**
 * Opening a kept document, shared by the Documents and Checks tabs: the core writes a readable
 * copy to its private folder, then the computer's own viewer shows it. `opened` says which one
 * opened (for a status message); `error` says in words why one did not.
 */
export function useOpenDocument() {
  const [opening, setOpening] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ id: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (doc: DocumentInfo) => {
    setOpening(doc.id);
    setOpened(null);
    setError(null);
    try {
      const { path } = await call('documents.open', { id: doc.id });
      const { opened: ok } = await call('host.openPath', { path });
      if (ok) setOpened({ id: doc.id, message: `“${doc.label}” opened in another window.` });
      else setError(`Carebook could not open “${doc.label}”. Your computer may not have a program that shows ${doc.fileName}.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : `Carebook could not open “${doc.label}”. Try again.`);
    } finally {
      setOpening(null);
    }
  };

  return { open, opening, opened, error };
}

export type DocumentOpener = ReturnType<typeof useOpenDocument>;

/** "Open", with the document's name hidden after it so a screen reader or voice control knows which. */
export function OpenDocumentButton({ doc, opener }: { doc: DocumentInfo; opener: DocumentOpener }) {
  const busy = opener.opening === doc.id;
  return (
    <button type="button" className="link-button" aria-disabled={busy ? true : undefined} onClick={() => !busy && void opener.open(doc)}>
      {busy ? 'Opening…' : 'Open'}
      <span className="visually-hidden"> {doc.label}</span>
    </button>
  );
}
