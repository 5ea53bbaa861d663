import { useState } from 'react';
import { dateInWords, today } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { addMonthsIso, minutesInWords, type Shift } from '../../shared.js';
import { Button, ButtonGroup, ButtonLink, ErrorSummary, Loading, TableBox } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { takeHoursMonth } from './hours-month.js';
import { KINDS } from './words.js';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthWords = (first: string) => MONTH.format(new Date(`${first}T12:00:00Z`));
const lastDay = (first: string) => {
  const next = addMonthsIso(first, 1);
  return new Date(Date.parse(`${next}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
};

/** The Hours tab: one month's shifts, with add, fill from a pattern, and delete (after a question). */
export function HoursSection() {
  const pa = usePa();
  const [month, setMonth] = useState(() => takeHoursMonth() ?? `${today().slice(0, 7)}-01`);
  const shifts = useApiQuery('pay.shifts', { workerId: pa.id, from: month, to: lastDay(month) });
  return (
    <>
      <h2 className="heading-m">Hours</h2>
      <ButtonGroup>
        <ButtonLink to={`/pas/${pa.id}/hours/add`}>Add a shift</ButtonLink>
        <ButtonLink to={`/pas/${pa.id}/hours/pattern`} variant="secondary">
          Fill from a weekly pattern
        </ButtonLink>
        <ButtonLink to={`/pas/${pa.id}/hours/import`} variant="secondary">
          Import shifts from a spreadsheet (CSV)
        </ButtonLink>
      </ButtonGroup>
      <div className="month-nav">
        <Button type="button" variant="secondary" onClick={() => setMonth(addMonthsIso(month, -1))}>
          Previous month<span className="visually-hidden">: {monthWords(addMonthsIso(month, -1))}</span>
        </Button>
        <Button type="button" variant="secondary" onClick={() => setMonth(addMonthsIso(month, 1))}>
          Next month<span className="visually-hidden">: {monthWords(addMonthsIso(month, 1))}</span>
        </Button>
      </div>
      {shifts.isPending ? (
        <Loading />
      ) : shifts.isError ? (
        <ErrorSummary items={[{ message: shifts.error.message }]} />
      ) : (
        <ShiftTable month={monthWords(month)} shifts={shifts.data} deletePath={(s) => `/pas/${pa.id}/hours/${s.date}/${s.id}/delete`} />
      )}
    </>
  );
}

function ShiftTable({ month, shifts, deletePath }: { month: string; shifts: Shift[]; deletePath: (s: Shift) => string }) {
  const total = shifts.reduce((m, s) => m + s.minutes, 0);
  return (
    <TableBox label="Shifts">
      <table className="table shifts" aria-live="polite">
        <caption className="table__caption table__caption--s">
          Shifts in {month}: {shifts.length === 0 ? 'none recorded' : `${shifts.length}, ${minutesInWords(total)}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">Times</th>
            <th scope="col">Hours</th>
            <th scope="col">Counted for minimum wage</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shifts.map((s) => (
            <tr key={s.id}>
              <td>{dateInWords(s.date)}</td>
              <td>{KINDS[s.kind]}</td>
              <td>
                {s.start} to {s.end}
                {s.end < s.start && <span className="line secondary-text">ends the next day</span>}
                {s.breakMinutes > 0 && <span className="line secondary-text">{minutesInWords(s.breakMinutes)} unpaid break</span>}
              </td>
              <td>{minutesInWords(s.minutes)}</td>
              <td>{minutesInWords(s.kind === 'sleep-in' || s.kind === 'on-call' ? s.workedMinutes : s.minutes)}</td>
              <td>
                <Link to={deletePath(s)}>
                  Delete<span className="visually-hidden"> the shift on {dateInWords(s.date)} at {s.start}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
