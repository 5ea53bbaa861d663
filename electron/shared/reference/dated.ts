/**
 * Dated reference data: each fact applies from a date, carries its source (the numbered
 * sources of shared/domain/REFERENCE.md), and is looked up by date, never written into logic.
 */
export interface Dated<T> {
  /** First day this value applies, YYYY-MM-DD. */
  from: string;
  value: T;
  /** Where the fact comes from, e.g. "REFERENCE §1.9 [19]". */
  source: string;
}

/** The value that applied on `date` (tables are kept in date order), or undefined before the first. */
export function valueOn<T>(table: readonly Dated<T>[], date: string): T | undefined {
  let found: T | undefined;
  for (const row of table) {
    if (row.from <= date) found = row.value;
    else break;
  }
  return found;
}
