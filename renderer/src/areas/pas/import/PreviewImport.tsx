import { useState } from 'react';
import { Link } from '../../../lib/router/index.js';
import { ApiError } from '../../../lib/api.js';
import { count, dateInWords } from '../../../lib/format.js';
import type { ImportPreview, ImportRow } from '../../../shared.js';
import { Button, ButtonGroup, CsvProblemRows, ErrorSummary, PageHeading, usePageTitle, TableBox } from '../../../ui/index.js';
import { statusWord } from '../worker-status.js';
import type { ChosenFile } from './chosen-file.js';

/** The preview shows dates as typed when they are not real dates, so show those as they are. */
const shownDate = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? dateInWords(d) : d);

/** Step 2: what Carebook found, row by row, and the one button that imports the good rows. */
export function PreviewImport({
  file,
  preview,
  onBack,
  onImport,
}: {
  file: ChosenFile;
  preview: ImportPreview;
  onBack: () => void;
  onImport: () => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = 'Check the PAs before you import them';
  usePageTitle(title, error !== null);
  const good = preview.rows.filter((r) => r.errors.length === 0);
  const bad = preview.rows.filter((r) => r.errors.length > 0);

  const importNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await onImport();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  };

  return (
    <>
      <Link
        to="/pas/import"
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
          <strong>{count(preview.okCount, 'PA')}</strong> can be imported.
        </li>
        {preview.errorCount > 0 && (
          <li>
            <strong>{count(preview.errorCount, 'row')}</strong> {preview.errorCount === 1 ? 'has' : 'have'} problems and will
            not be imported.
          </li>
        )}
      </ul>
      <p className="body">
        Carebook read {preview.columns.recognised.length === 1 ? 'this column' : 'these columns'}:{' '}
        {preview.columns.recognised.join(', ')}.
        {preview.columns.ignored.length > 0 && <> It ignored: {preview.columns.ignored.join(', ')}.</>}
      </p>

      {bad.length > 0 && (
        <>
          <h2 className="heading-m">Rows that will not be imported</h2>
          <p className="body">
            Fix these rows in your spreadsheet, then import a file with only those rows. Or add them one at a time
            with Add a PA.
          </p>
          <CsvProblemRows
            heading="Name"
            rows={bad.map((r) => ({ line: r.line, about: r.fullName || <span className="secondary-text">No name</span>, problems: r.errors.map((e) => e.message) }))}
          />
        </>
      )}

      {good.length > 0 && (
        <>
          <h2 className="heading-m">PAs that will be imported</h2>
          <GoodRows rows={good} />
          <ButtonGroup>
            <Button type="button" busy={busy} busyText="Importing…" onClick={() => void importNow()}>
              Import {count(preview.okCount, 'PA')}
            </Button>
            <button type="button" className="link-button" onClick={onBack}>
              Choose a different file
            </button>
          </ButtonGroup>
        </>
      )}
      {good.length === 0 && (
        <>
          <p className="body">None of the rows can be imported. Fix the problems in your spreadsheet and choose the file again.</p>
          <Button type="button" variant="secondary" onClick={onBack}>
            Choose a different file
          </Button>
        </>
      )}
    </>
  );
}

function GoodRows({ rows }: { rows: ImportRow[] }) {
  return (
    <TableBox label="PAs that will be imported">
      <table className="table pa-table">
        <caption className="visually-hidden">PAs that will be imported</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Status</th>
            <th scope="col">Start date</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.fullName}</td>
              <td>{r.dateOfBirth ? shownDate(r.dateOfBirth) : <span className="secondary-text">Not given</span>}</td>
              <td>{statusWord(r)}</td>
              <td>{r.startDate ? shownDate(r.startDate) : <span className="secondary-text">Not given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
