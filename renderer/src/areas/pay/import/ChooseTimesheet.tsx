import { BackLink, CsvFileForm, ErrorSummary, PageHeading, TableBox, useCsvChoice, usePageTitle } from '../../../ui/index.js';
import { readTimesheetFile } from './read-file.js';

export interface ChosenTimesheet {
  name: string;
  csv: string;
}

/** What each heading takes, as the page explains it; the core also knows other spellings (README). */
const HEADINGS: { heading: string; what: string }[] = [
  { heading: 'Date', what: 'The day the shift starts, day first: 03/04/2026 is 3 April 2026. Write the year in full.' },
  { heading: 'Start', what: 'A time like 09:00, 9am or 21:30. “Start time” and “Time in” work too.' },
  { heading: 'End', what: 'An end earlier than the start is the next morning. “Finish” works too.' },
  { heading: 'Break (minutes)', what: 'Unpaid break in minutes, like 30. Leave empty for none.' },
  { heading: 'Kind', what: 'work, travel, sleep-in, waking night, on call or training. Leave empty for work.' },
  { heading: 'Time working (minutes)', what: 'Sleep-ins and on call only: the time they were woken or called out to work.' },
  { heading: 'Note', what: 'Anything else about the shift.' },
];

/** Step 1: what the file should look like, and choosing it. Nothing is saved yet. */
export function ChooseTimesheet({ name, back, onChosen }: { name: string; back: string; onChosen: (file: ChosenTimesheet) => Promise<void> }) {
  const choice = useCsvChoice(async (file) => onChosen({ name: file.name, csv: await readTimesheetFile(file) }));
  const { error } = choice;
  const title = `Import ${name}’s shifts from a spreadsheet`;
  usePageTitle(title, error !== null);

  return (
    <>
      <BackLink to={back}>Hours</BackLink>
      <ErrorSummary items={error ? [{ name: 'csv', message: error }] : []} />
      <PageHeading>{title}</PageHeading>
      <p className="body">
        If you keep their timesheet in a spreadsheet, you can add all its shifts at once. Save it as a CSV file first: in Excel,
        LibreOffice or Google Sheets, choose Save As (or Download) and pick CSV.
      </p>
      <p className="body">The first row must be headings. Carebook needs Date, Start and End; it ignores columns it does not know.</p>
      <TableBox label="An example timesheet">
        <table className="table import-example">
          <caption className="table__caption table__caption--s">An example: the headings, then a row for each shift</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Break (minutes)</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>03/04/2026</td>
              <td>09:00</td>
              <td>17:00</td>
              <td>30</td>
              <td>work</td>
            </tr>
            <tr>
              <td>03/04/2026</td>
              <td>22:00</td>
              <td>07:00</td>
              <td></td>
              <td>sleep-in</td>
            </tr>
            <tr>
              <td>04/04/2026</td>
              <td>9am</td>
              <td>1pm</td>
              <td></td>
              <td></td>
            </tr>
          </tbody>
        </table>
      </TableBox>
      <details className="details">
        <summary className="details__summary">All the headings Carebook understands</summary>
        <div className="details__text">
          <TableBox label="Headings Carebook understands">
            <table className="table">
              <caption className="table__caption table__caption--s">Headings for the first row</caption>
              <thead>
                <tr>
                  <th scope="col">Heading</th>
                  <th scope="col">What to put in it</th>
                </tr>
              </thead>
              <tbody>
                {HEADINGS.map((h) => (
                  <tr key={h.heading}>
                    <th scope="row" className="table__row-head">
                      {h.heading}
                    </th>
                    <td>{h.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </div>
      </details>
      <p className="body">You will see what Carebook found in each row before anything is added. A shift already in your book is not added again.</p>
      <CsvFileForm choice={choice} />
    </>
  );
}
