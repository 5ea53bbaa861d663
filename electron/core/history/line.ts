import type { HistoryChange, RecordKind } from '../../shared/api/index.js';

/**
 * A line a write adds to the book's history (WriteContext.record). The write path adds when,
 * the method and its area. A line about a PA says which kind of record it describes, so that
 * deleting that kind once its time is up deletes the line too.
 */
export type NewHistoryLine = {
  /** One sentence in plain English: "Recorded a DBS check issued on 3 March 2026". */
  summary: string;
  /** Old and new values of the fields that changed (never the contents of a file). */
  changes?: HistoryChange[];
  recordId?: string;
} & ({ workerId: string; kind: RecordKind } | { workerId?: undefined; kind?: undefined });
