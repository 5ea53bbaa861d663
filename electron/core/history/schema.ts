import type { Generated } from 'kysely';

/** The history area's table, as Kysely sees it (camelCase here, snake_case in SQL). */
export interface HistoryTables {
  historyLine: HistoryLineTable;
}

export interface HistoryLineTable {
  id: Generated<number>;
  /** ISO instant */
  at: string;
  area: string;
  method: string;
  /** null for a line about the book as a whole */
  workerId: string | null;
  recordId: Generated<string>;
  /** The record kind the line is about ('' for the book as a whole) */
  kind: Generated<string>;
  summary: string;
  /** JSON array of { field, from, to } */
  changes: Generated<string>;
}
