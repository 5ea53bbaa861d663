import { useState } from 'react';
import { ApiError, call } from '../../../lib/api.js';
import { downloadBytes } from '../../../lib/download.js';

/**
 * Ask the core for a version's statement as a PDF and offer it to save. `error` is the core's
 * message when it could not be made, for the page's error summary.
 */
export function useStatementDownload() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (versionId: string) => {
    setBusy(true);
    setError(null);
    try {
      const { fileName, pdfBase64 } = await call('contracts.statement', { versionId });
      downloadBytes(fileName, pdfBase64, 'application/pdf');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The statement could not be made. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, download };
}
