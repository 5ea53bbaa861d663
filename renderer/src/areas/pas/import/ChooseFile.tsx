import { BackLink, CsvFileForm, ErrorSummary, PageHeading, TableBox, useCsvChoice, usePageTitle } from '../../../ui/index.js';
import { IMPORT_COLUMNS } from './columns.js';
import type { ChosenFile } from './chosen-file.js';

const TITLE = 'Import PAs from a spreadsheet';

/** Step 1: what the file should look like, and choosing it. Nothing is saved yet. */
export function ChooseFile({ onChosen }: { onChosen: (file: ChosenFile) => Promise<void> }) {
  const choice = useCsvChoice(async (file) => onChosen({ name: file.name, csv: await file.text() }));
  const { error } = choice;
  usePageTitle(TITLE, error !== null);

  return (
    <>
      <BackLink to="/pas">Your PAs</BackLink>
      <ErrorSummary items={error ? [{ name: 'csv', message: error }] : []} />
      <PageHeading>{TITLE}</PageHeading>
      <p className="body">
        If you keep a list of your PAs in a spreadsheet, you can add them all at once. Save the spreadsheet as a CSV file
        first: in Excel, LibreOffice or Google Sheets, choose Save As (or Download) and pick CSV.
      </p>
      <p className="body">
        The first row must be headings. Carebook looks for the headings below; it ignores any other columns. Only a name
        is needed: you can add the rest later.
      </p>
      <TableBox label="An example spreadsheet">
        <table className="table import-example">
          <caption className="table__caption table__caption--s">An example: the headings, then a row for each PA</caption>
          <thead>
            <tr>
              <th scope="col">Full name</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Start date</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Sam Taylor</td>
              <td>27/03/1990</td>
              <td>05/01/2026</td>
              <td>active</td>
            </tr>
            <tr>
              <td>Jo Khan</td>
              <td>14/07/1985</td>
              <td></td>
              <td>applicant</td>
            </tr>
          </tbody>
        </table>
      </TableBox>
      <details className="details">
        <summary className="details__summary">All the headings Carebook understands</summary>
        <div className="details__text">
          <TableBox label="Headings Carebook understands">
            <table className="table">
              <caption className="table__caption table__caption--s">Headings for the first row, with an example</caption>
              <thead>
                <tr>
                  <th scope="col">Heading</th>
                  <th scope="col">What to put in it</th>
                  <th scope="col">Example</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_COLUMNS.map((c) => (
                  <tr key={c.heading}>
                    <th scope="row" className="table__row-head">
                      {c.heading}
                    </th>
                    <td>{c.what}</td>
                    <td>{c.example}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </div>
      </details>
      <p className="body">You will see what Carebook found in the file before anything is added.</p>
      <CsvFileForm choice={choice} />
    </>
  );
}
