import Papa from 'papaparse';

/**
 * The one way Carebook reads a CSV someone chose (PAs, timesheets): papaparse, with Excel's
 * byte-order mark removed, old Mac line ends understood, empty lines skipped, and each row's
 * line in the file kept so a problem can say where it is.
 */
export interface CsvRow {
  cells: string[];
  /** The line of the file the row starts on (the heading is line 1). */
  line: number;
  /** A quotation mark that is never closed: the row's cells cannot be trusted. */
  unreadable: boolean;
}

/** Cells of each non-empty row, with the line of the file it starts on (the heading is line 1). */
export function readCsvRows(csv: string): CsvRow[] {
  let text = csv.replace(/^\uFEFF/, ''); // Excel starts a UTF-8 CSV with a byte-order mark
  if (!text.includes('\n')) text = text.replace(/\r/g, '\n'); // old Mac line ends
  const rows: CsvRow[] = [];
  let newlinesBefore = 0;
  let from = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      const chunk = text.slice(from, end);
      newlinesBefore += chunk.split('\n').length - 1;
      from = end;
      // The row ends on the line counted so far; it starts earlier by the newlines inside its quoted cells.
      const inside = result.data.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
      const endsWithNewline = chunk.endsWith('\n');
      const lastLine = endsWithNewline ? newlinesBefore : newlinesBefore + 1;
      rows.push({
        cells: result.data,
        line: lastLine - inside,
        unreadable: result.errors.some((e) => e.type === 'Quotes'),
      });
    },
  });
  return rows;
}
