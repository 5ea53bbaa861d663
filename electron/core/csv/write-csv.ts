import Papa from 'papaparse';

/**
 * The one way Carebook writes a CSV (payroll, timesheets, the training matrix, ASC-WDS): a
 * header row, then the rows, quoted where needed, with Windows line ends and a byte-order mark
 * so Excel reads the pound sign and accents right.
 *
 * A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a
 * formula, and names and notes typed (or imported) earlier can start that way, so such a
 * text cell is written with a leading apostrophe, which spreadsheets show as text. Numbers
 * are passed as numbers and so never escaped: -2.5 stays a number.
 */
export type CsvCell = string | number;

export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { byteOrderMark?: boolean } = {}): string {
  const text = Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n', quotes: false });
  return (options.byteOrderMark ?? true ? '\uFEFF' : '') + text + '\r\n';
}
