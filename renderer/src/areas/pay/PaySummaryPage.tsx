import { memo, useState } from 'react';
import { ApiError, call } from '../../lib/api.js';
import { downloadBytes, downloadText } from '../../lib/download.js';
import { dateInWords, pence, today } from '../../lib/format.js';
import { useFirstThenAll } from '../../lib/first-then-all.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { addDaysIso, hoursDecimal, minutesInWords, type PeriodSummary } from '../../shared.js';
import { Button, ErrorSummary, Loading, StaticPage, WarningText, TableBox } from '../../ui/index.js';
import { FREQUENCIES, KINDS } from './words.js';

/**
 * Each PA's pay period that holds a day: hours and gross pay by kind, the minimum-wage check,
 * the CSV for the payroll service and each PA's timesheet to print and sign.
 */
export function PaySummaryPage({ params }: { params: { date?: string } }) {
  const date = params.date && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : today();
  const summary = useApiQuery('pay.summary', { date });
  const [error, setError] = useState<string | null>(null);
  const periods = summary.data?.periods ?? [];
  const earliest = periods.reduce((m, p) => (p.start < m ? p.start : m), date);
  const latest = periods.reduce((m, p) => (p.end > m ? p.end : m), date);
  const fetchFile = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The file could not be made. Try again.');
    }
  };
  return (
    <StaticPage title="Pay periods">
      <ErrorSummary items={error ? [{ message: error }] : []} />
      <p className="body">
        Each PA’s pay period that includes {dateInWords(date)}, from their written statement. Carebook checks the hours and gross pay against the legal minimum.
      </p>
      <div className="inset-text">
        <p className="body">
          <strong>Carebook does not run payroll.</strong> Your payroll service (or HMRC’s Basic PAYE Tools) works out tax, National Insurance and pension deductions, makes payslips and tells HMRC. Send them the file below.
        </p>
      </div>
      <p className="body">
        <Link to={`/pay/${addDaysIso(earliest, -1)}`}>Earlier pay periods</Link>
        {' · '}
        <Link to={`/pay/${addDaysIso(latest, 1)}`}>Later pay periods</Link>
      </p>
      <p className="body">
        <Link to={`/pay/cost/${date}`}>Cost and budget</Link>: what each PA costs you an hour beside the council’s rate, and what is left of your budget.
      </p>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorSummary items={[{ message: summary.error.message }]} />
      ) : periods.length === 0 ? (
        <p className="body">No PA has a pay rate for this time. Write their statement on their Contract tab first.</p>
      ) : (
        <>
          <Button
            type="button"
            onClick={() =>
              fetchFile(async () => {
                const { fileName, csv } = await call('pay.payrollCsv', { date });
                downloadText(fileName, csv);
              })
            }
          >
            Download the file for your payroll service (CSV)
          </Button>
          <Periods
            periods={periods}
            onTimesheet={(workerId) =>
              fetchFile(async () => {
                const { fileName, pdfBase64 } = await call('pay.timesheet', { workerId, date });
                downloadBytes(fileName, pdfBase64, 'application/pdf');
              })
            }
          />
        </>
      )}
    </StaticPage>
  );
}

/** Periods drawn with the page (useFirstThenAll); a screen holds about two. The rest a moment later. */
const FIRST_PERIODS = 4;

function Periods({ periods, onTimesheet }: { periods: PeriodSummary[]; onTimesheet: (workerId: string) => void }) {
  return useFirstThenAll(periods, FIRST_PERIODS).map((p) => <Period key={p.workerId} p={p} onTimesheet={onTimesheet} />);
}

/** One PA's period; memo, so the background render of every period reuses the first ones as drawn. */
const Period = memo(function Period({ p, onTimesheet }: { p: PeriodSummary; onTimesheet: (workerId: string) => void }) {
  return (
    <section className="pay-period" aria-labelledby={`period-${p.workerId}`}>
      <h2 className="heading-m" id={`period-${p.workerId}`}>
        <Link to={`/pas/${p.workerId}/hours`}>{p.fullName}</Link>: {dateInWords(p.start)} to {dateInWords(p.end)}
      </h2>
      <p className="body secondary-text">Paid {FREQUENCIES[p.frequency].toLowerCase()}.</p>
      {p.problems.length === 0 ? (
        p.shifts > 0 && (
          <p className="body">
            <strong>At or above the legal minimum:</strong> average pay {pence(p.averagePence)} an hour for working time{p.minimum ? `; the ${p.minimum.name}${p.minimum.userAdded ? ' (the rate you added)' : ''} is ${pence(p.minimum.ratePence)}` : ''}.
          </p>
        )
      ) : (
        p.problems.map((x) => <WarningText key={x.kind}>{x.text}</WarningText>)
      )}
      <TableBox label={`Hours and gross pay for ${p.fullName}`}>
        <table className="table">
          <caption className="visually-hidden">Hours and gross pay for {p.fullName} by kind of shift</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Shifts</th>
              <th scope="col">Hours</th>
              <th scope="col">Counted for minimum wage</th>
              <th scope="col">Gross pay</th>
            </tr>
          </thead>
          <tbody>
            {p.byKind.map((k) => (
              <tr key={k.kind}>
                <th scope="row" className="table__row-head">{KINDS[k.kind]}</th>
                <td>{k.shifts}</td>
                <td>{minutesInWords(k.minutes)}</td>
                <td>{minutesInWords(k.workingMinutes)}</td>
                <td>{pence(k.grossPence)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="table__row-head">All kinds</th>
              <td>{p.shifts}</td>
              <td>
                {minutesInWords(p.minutes)}
                {p.minutes % 60 !== 0 && <span className="secondary-text"> ({hoursDecimal(p.minutes)} hours)</span>}
              </td>
              <td>{minutesInWords(p.workingMinutes)}</td>
              <td>
                {pence(p.grossPence)}
                {p.enhancementPence > 0 && <span className="line secondary-text">including {pence(p.enhancementPence)} of enhancements</span>}
              </td>
            </tr>
          </tbody>
        </table>
      </TableBox>
      <Button type="button" variant="secondary" onClick={() => onTimesheet(p.workerId)}>
        Download {p.fullName}’s timesheet (PDF)
      </Button>
    </section>
  );
});
