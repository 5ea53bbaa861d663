import { z } from 'zod';
import { recordId } from './fields.js';
import { method } from './method.js';
import type { ShiftKind } from './pay.js';

/**
 * Importing a PA's shifts from a timesheet saved as CSV (electron/core/pay/README.md). Two
 * steps: the preview reads the file and says what each row would do, writing nothing; the
 * import re-checks everything and saves the good rows, but only if what it would save is what
 * the preview showed (`checked`).
 */

/** A timesheet of a year or two is well under this; anything bigger is the wrong file. */
export const MAX_SHIFT_IMPORT_BYTES = 1_000_000;

const shiftsCsv = {
  workerId: recordId('PA'),
  csv: z
    .string({ error: 'Choose a CSV file' })
    .min(1, { error: 'The file is empty. Choose a CSV file with a row for each shift' })
    .max(MAX_SHIFT_IMPORT_BYTES, { error: 'The file is too big: a timesheet file must be under 1 MB. Split it into files of a few months each' }),
};

export interface ShiftImportRow {
  /** Its line in the file (the headings are line 1). */
  line: number;
  /** What Carebook understood, each '' (or null) when its cell could not be read: a cell is never shown back as typed. */
  date: string;
  start: string;
  end: string;
  breakMinutes: number | null;
  kind: ShiftKind | null;
  /** Length less the break, from the instants (a clock-change night is an hour longer or shorter); null unless placed. */
  minutes: number | null;
  endsNextDay: boolean;
  /** add: will be added; already: the same shift is in the book, it is not added again; problem: not added, see problems. */
  outcome: 'add' | 'already' | 'problem';
  /** In words: what is wrong, or for `already` the shift in the book. */
  problems: { field: string; message: string }[];
}

export interface ShiftImportPreview {
  rows: ShiftImportRow[];
  columns: { recognised: string[]; ignored: string[] };
  counts: { add: number; already: number; problem: number };
  /** The file and the rows it would add, as checked: the import refuses if either has changed. */
  checked: string;
}

export const payImportApi = {
  /** Read a timesheet CSV and say what each row would do; writes nothing. */
  'pay.importShiftsPreview': method(z.object(shiftsCsv).strict()).reads<ShiftImportPreview>(),
  /** Add the rows that can be added, in one transaction with one history line. */
  'pay.importShifts': method(
    z.object({ ...shiftsCsv, checked: z.string({ error: 'Check the file first' }).regex(/^[0-9a-f]{64}\.[0-9a-f]{64}$/, { error: 'Check the file first' }) }).strict(),
  ).writes<{ added: number; alreadyInBook: number; notAdded: number }>(),
} as const;
