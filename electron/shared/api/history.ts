import { z } from 'zod';
import { optionalText, recordId, wholeNumber } from './fields.js';
import { method } from './method.js';

/**
 * The book's history: every change anyone made to the book's records, newest first. The core
 * writes one line for each record a write changes, inside the encrypted book: when, which
 * method, which PA and record, and what changed in plain English (old and new values of
 * fields, never the contents of a file). Deleting a PA, or a kind of record once its time is
 * up, deletes their lines too; the history then keeps only that the deletion happened.
 */

export interface HistoryChange {
  /** The field as the form names it: "Job title". */
  field: string;
  /** As it was and as it became, in words ('' for not given). */
  from: string;
  to: string;
}

export interface HistoryLine {
  /** Grows with every line: the newest line has the highest. */
  id: number;
  /** When, as an ISO instant. */
  at: string;
  /** The area that made the change ("checks"), and its name in the employer's words ("Checks"). */
  area: string;
  areaLabel: string;
  /** The API method that made it, e.g. "checks.saveDbs". */
  method: string;
  /** The PA the change was about, or '' for the book as a whole; their name as it is now. */
  workerId: string;
  workerName: string;
  /** The record changed, when there is one ('' otherwise). */
  recordId: string;
  /** One sentence: "Recorded a DBS check issued on 3 March 2026". */
  summary: string;
  changes: HistoryChange[];
}

export const HISTORY_PAGE_SIZE = 50;

export const historyListSchema = z
  .object({
    /** Only this PA's lines; absent for the whole book. */
    workerId: recordId('PA').optional(),
    /** Only lines from this area ('' for every area). */
    area: optionalText('Area', 40),
    /** For the next page: lines older than this id. */
    before: wholeNumber('Page', 1, Number.MAX_SAFE_INTEGER).optional(),
    limit: wholeNumber('Number of lines', 1, 200).default(HISTORY_PAGE_SIZE),
  })
  .strict();

export interface HistoryPage {
  lines: HistoryLine[];
  /** True when older lines remain: ask again with `before` set to the last line's id. */
  more: boolean;
  /** The areas that can appear in the history, for the filter. */
  areas: { area: string; label: string }[];
}

export const historyApi = {
  'history.list': method(historyListSchema).reads<HistoryPage>(),
} as const;
