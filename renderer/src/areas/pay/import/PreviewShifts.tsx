import { useState } from 'react';
import { ApiError } from '../../../lib/api.js';
import { count, dateInWords } from '../../../lib/format.js';
import { Link } from '../../../lib/router/index.js';
import { minutesInWords, type ShiftImportPreview, type ShiftImportRow } from '../../../shared.js';
import { Button, ButtonGroup, CsvProblemRows, ErrorSummary, PageHeading, TableBox, usePageTitle } from '../../../ui/index.js';
import { KINDS } from '../words.js';
import type { ChosenTimesheet } from './ChooseTimesheet.js';

const shifts = (n: number) => count(n, 'shift');

/** Step 2: what Carebook found, row by row, and the one button that adds the good rows. */
export function PreviewShifts({ here, file, preview, onBack, onImport }: { here: string; file: ChosenTimesheet; preview: ShiftImportPreview; onBack: () => void; onImport: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = 'Check the shifts before you add them';
  usePageTitle(title, error !== null);
  const { counts } = preview;
  const rows = (outcome: ShiftImportRow['outcome']) => preview.rows.filter((r) => r.outcome === outcome);

  const importNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await onImport();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields?.csv ?? e.message) : 'Something went wrong. Try again.');
      setBusy(false);
    }
  };

  return (
    <>
      <Link
        to={here}
        className="back-link"
        onClick={(e) => {
          e.preventDefault();
          onBack();
        }}
      >
        Choose a different file
      </Link>
      <ErrorSummary items={error ? [{ message: error }] : []} />
      <PageHeading caption={file.name}>{title}</PageHeading>
      <ul className="list list--bullet import-counts">
        <li>
          <strong>{shifts(counts.add)}</strong> will be added.
        </li>
        {counts.already > 0 && (
          <li>
            <strong>{shifts(counts.already)}</strong> {counts.already === 1 ? 'is' : 'are'} already in your book and will not be added again.
          </li>
        )}
        {counts.problem > 0 && (
          <li>
            <strong>{count(counts.problem, 'row')}</strong> {counts.problem === 1 ? 'has' : 'have'} problems and will not be added.
          </li>
        )}
      </ul>
      <p className="body">
        Carebook read {preview.columns.recognised.length === 1 ? 'this column' : 'these columns'}: {preview.columns.recognised.join(', ')}.
        {preview.columns.ignored.length > 0 && <> It ignored: {preview.columns.ignored.join(', ')}.</>}
      </p>

      {counts.problem > 0 && (
        <>
          <h2 className="heading-m">Rows that will not be added</h2>
          <p className="body">Fix these rows in your spreadsheet and import the file again: the shifts already added will not be added twice. Or add them one at a time with Add a shift.</p>
          <CsvProblemRows
            heading="Date"
            rows={rows('problem').map((r) => ({ line: r.line, about: r.date ? dateInWords(r.date) : <span className="secondary-text">Not read</span>, problems: r.problems.map((p) => p.message) }))}
          />
        </>
      )}

      {counts.add > 0 && (
        <>
          <h2 className="heading-m">Shifts that will be added</h2>
          <ShiftRows label="Shifts that will be added" rows={rows('add')} />
        </>
      )}
      {counts.already > 0 && (
        <>
          <h2 className="heading-m">Already in your book</h2>
          <p className="body">These shifts are in your book with the same times, kind and break, so they will not be added again.</p>
          <ShiftRows label="Shifts already in your book" rows={rows('already')} />
        </>
      )}

      {counts.add > 0 ? (
        <ButtonGroup>
          <Button type="button" busy={busy} busyText="Adding…" onClick={() => void importNow()}>
            Add {shifts(counts.add)}
          </Button>
          <button type="button" className="link-button" onClick={onBack}>
            Choose a different file
          </button>
        </ButtonGroup>
      ) : (
        <>
          <p className="body">There are no shifts in the file to add. Fix the problems in your spreadsheet and choose the file again.</p>
          <Button type="button" variant="secondary" onClick={onBack}>
            Choose a different file
          </Button>
        </>
      )}
    </>
  );
}

function ShiftRows({ label, rows }: { label: string; rows: ShiftImportRow[] }) {
  return (
    <TableBox label={label}>
      <table className="table shifts">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">Times</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{dateInWords(r.date)}</td>
              <td>{r.kind ? KINDS[r.kind] : ''}</td>
              <td>
                {r.start} to {r.end}
                {r.endsNextDay && <span className="line secondary-text">ends the next day</span>}
                {(r.breakMinutes ?? 0) > 0 && <span className="line secondary-text">{minutesInWords(r.breakMinutes ?? 0)} unpaid break</span>}
              </td>
              <td>{r.minutes === null ? '' : minutesInWords(r.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
