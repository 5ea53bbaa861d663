import { dateInWords, today } from '../../lib/format.js';
import type { Worker, WorkerSummary } from '../../shared.js';

type StatusFacts = Pick<Worker | WorkerSummary, 'status' | 'startDate' | 'leftOn'>;

/**
 * Where a PA stands, in words (never colour alone): for the PA page under their name. Someone
 * applying with a first day still to come is "Starting on …": they do not work for you yet.
 */
export function statusLine(w: StatusFacts, on = today()): string {
  if (w.status === 'applicant' && w.startDate) {
    return w.startDate > on ? `Starting on ${dateInWords(w.startDate)}` : `Was due to start on ${dateInWords(w.startDate)}`;
  }
  if (w.status === 'applicant') return 'Applying to work for you';
  if (w.status === 'left') return w.leftOn ? `Left on ${dateInWords(w.leftOn)}` : 'No longer works for you';
  return w.startDate ? `Works for you since ${dateInWords(w.startDate)}` : 'Works for you';
}

/** The short form, for a table cell. */
export function statusWord(w: Pick<StatusFacts, 'status'> & Partial<Pick<StatusFacts, 'startDate'>>, on = today()): string {
  if (w.status === 'applicant' && w.startDate && w.startDate > on) return `Starting on ${dateInWords(w.startDate)}`;
  return { applicant: 'Applying', active: 'Works for you', left: 'Left' }[w.status];
}
