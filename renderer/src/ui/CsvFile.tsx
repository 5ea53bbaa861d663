import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../lib/api.js';
import { fieldId } from '../lib/forms.js';
import { Button } from './Button.js';
import { TableBox } from './TableBox.js';

/** A workbook, not a CSV: say how to save one, rather than read it. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/**
 * Choosing a CSV file to import (PAs, a timesheet): the state of the one file field, for the
 * page's error summary above its heading and for the form below. `read` gets the chosen file;
 * a refusal it throws (ApiError, its `csv` field first) is shown on the field.
 */
export function useCsvChoice(read: (file: File) => Promise<void>) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0];
    if (!file) return setError('Choose a CSV file');
    if (SPREADSHEET.test(file.name)) {
      return setError('The file must be a CSV file. Open it in your spreadsheet program, choose Save As, and pick CSV');
    }
    setBusy(true);
    setError(null);
    try {
      await read(file);
    } catch (err) {
      setError(err instanceof ApiError ? (err.fields?.csv ?? err.message) : 'Carebook could not read the file. Try again, or choose another file');
      setBusy(false);
    }
  };
  return { input, error, busy, submit };
}

/** The form: the file field with its error, and "Check the file". Nothing is saved by it. */
export function CsvFileForm({ choice }: { choice: ReturnType<typeof useCsvChoice> }) {
  const { input, error, busy, submit } = choice;
  const id = fieldId('csv');
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          Choose the CSV file
        </label>
        {error && (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          ref={input}
          id={id}
          name="csv"
          type="file"
          accept=".csv,text/csv,.txt,text/plain"
          className={error ? 'file-upload input--error' : 'file-upload'}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <Button busy={busy} busyText="Reading the file…">
        Check the file
      </Button>
    </form>
  );
}

/** An import's rows that will not be saved: the line, what identifies the row, and each problem in words. */
export function CsvProblemRows({ heading, rows }: { heading: string; rows: { line: number; about: ReactNode; problems: string[] }[] }) {
  return (
    <TableBox label="Rows with problems">
      <table className="table pa-table">
        <caption className="visually-hidden">Rows with problems</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">{heading}</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.about}</td>
              <td>
                <ul className="list import-problems">
                  {r.problems.map((p, i) => (
                    <li key={`${i}:${p}`}>{p}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
