import { dateInWords } from '../../lib/format.js';
import type { Worker, WorkerSummary } from '../../shared.js';

type StatusFacts = Pick<Worker | WorkerSummary, 'status' | 'startDate' | 'leftOn'>;

/** Where a PA stands, in words (never colour alone): for the PA page under their name. */
export function statusLine(w: StatusFacts): string {
  if (w.status === 'applicant') return 'Applying to work for you';
  if (w.status === 'left') return w.leftOn ? `Left on ${dateInWords(w.leftOn)}` : 'No longer works for you';
  return w.startDate ? `Works for you since ${dateInWords(w.startDate)}` : 'Works for you';
}

/** The short form, for a table cell. */
export function statusWord(w: Pick<StatusFacts, 'status'>): string {
  return { applicant: 'Applying', active: 'Works for you', left: 'Left' }[w.status];
}
