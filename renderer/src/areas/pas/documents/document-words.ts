import { dateInWords } from '../../../lib/format.js';
import { londonDate, MAX_DOCUMENT_BYTES, type DocumentKind } from '../../../shared.js';
import { paPath } from '../paths.js';

/** What each kind of document is called on screen, and a hint for choosing it. */
export const DOCUMENT_KIND_WORDS: Record<DocumentKind, { label: string; hint?: string }> = {
  'right-to-work': { label: 'Right to work', hint: 'For example, a passport or share code check.' },
  dbs: { label: 'DBS certificate' },
  reference: { label: 'Reference' },
  interview: { label: 'Interview notes' },
  'signed-statement': { label: 'Signed written statement', hint: 'The copy of their statement you both signed.' },
  other: { label: 'Something else' },
};

/** "20 MB", from the limit the core enforces. */
export const MAX_SIZE_WORDS = `${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB`;

/** Sizes people recognise: KB under a megabyte, MB above. */
export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The name of a chosen file, from its full path (Windows or not). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export function documentsPath(workerId: string, sub = ''): string {
  return paPath(workerId, `/documents${sub ? `/${sub}` : ''}`);
}

/** The day a document was added, on England's calendar (the shared way of writing dates). */
export function addedWords(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateInWords(londonDate(d));
}
