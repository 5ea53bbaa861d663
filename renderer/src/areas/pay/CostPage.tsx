import { dateInWords, pence, today } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { addDaysIso, minutesInWords, type BudgetPeriod, type PaCost } from '../../shared.js';
import { ButtonLink, ErrorSummary, Flash, Loading, StaticPage, TableBox } from '../../ui/index.js';
import { BudgetBar } from './BudgetBar.js';
import './cost.css';

/**
 * What each PA really costs an hour beside the council's hourly rate, and what is left of the
 * direct-payment budget after the period's pay and costs: a number in words, a bar, and the
 * table that says the same (the bar is hidden from screen readers).
 */
export function CostPage({ params }: { params: { date?: string } }) {
  const date = params.date && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : today();
  const cost = useApiQuery('pay.cost', { date });
  if (cost.isPending) return <StaticPage title="Cost and budget"><Loading /></StaticPage>;
  if (cost.isError) return <StaticPage title="Cost and budget"><ErrorSummary items={[{ message: cost.error.message }]} /></StaticPage>;
  const { settings, budgetPeriod, pas, allowanceWords } = cost.data;
  if (!settings) {
    return (
      <StaticPage title="Cost and budget">
        <p className="body">Carebook can show what each PA costs you an hour, with holiday, employer National Insurance, pension, insurance and payroll fees, beside the council’s hourly rate; and what is left of your direct-payment budget each period.</p>
        <p className="body">First, tell Carebook the council’s rate and what you pay besides wages.</p>
        <ButtonLink to="/pay/cost/settings">Enter your cost settings</ButtonLink>
      </StaticPage>
    );
  }
  const starts = [budgetPeriod?.start ?? date, ...pas.map((p) => p.start)].sort();
  const ends = [budgetPeriod?.end ?? date, ...pas.map((p) => p.end)].sort();
  return (
    <StaticPage title="Cost and budget">
      <Flash />
      <p className="body">
        What your PAs cost you, for each one’s pay period that includes {dateInWords(date)}: their pay and everything else employing them costs, beside the council’s hourly rate of {pence(settings.councilHourlyPence)}.
      </p>
      <div className="inset-text">
        <p className="body">These are estimates for your budget. Your payroll service works out what is really paid to your PAs and to HMRC.</p>
      </div>
      <p className="body">
        <Link to={`/pay/cost/${addDaysIso(starts[0]!, -1)}`}>Earlier periods</Link>
        {' · '}
        <Link to={`/pay/cost/${addDaysIso(ends[ends.length - 1]!, 1)}`}>Later periods</Link>
      </p>

      <h2 className="heading-m">Your direct-payment budget</h2>
      {budgetPeriod ? (
        <Budget b={budgetPeriod} />
      ) : (
        <>
          <p className="body">Enter your budget to see what is left of it after each period’s pay and costs.</p>
          <p className="body">
            <Link to="/pay/cost/budget">Enter your budget</Link>
          </p>
        </>
      )}

      <h2 className="heading-m">What each PA costs an hour</h2>
      {pas.length === 0 ? (
        <p className="body">No PA has a pay rate for this time. Write their statement on their Contract tab first.</p>
      ) : (
        <>
          <p className="body">{allowanceWords}</p>
          <TableBox label="What each PA costs an hour">
            <table className="table">
              <caption className="visually-hidden">What each PA costs an hour, beside the council’s rate</caption>
              <thead>
                <tr>
                  <th scope="col">PA and pay period</th>
                  <th scope="col">Hours worked</th>
                  <th scope="col">Full cost</th>
                  <th scope="col">Full cost an hour</th>
                  <th scope="col">Beside the council’s rate</th>
                </tr>
              </thead>
              <tbody>
                {pas.map((p) => (
                  <tr key={p.workerId}>
                    <th scope="row" className="table__row-head">
                      {p.fullName}
                      <span className="line secondary-text">
                        {dateInWords(p.start)} to {dateInWords(p.end)}
                      </span>
                    </th>
                    <td>{minutesInWords(p.workingMinutes)}</td>
                    <td>{pence(p.totalPence)}</td>
                    <td>{p.hourlyPence === null ? 'No hours' : pence(p.hourlyPence)}</td>
                    <td>{p.gapWords}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
          {pas.map((p) => (
            <HowWorkedOut key={p.workerId} p={p} />
          ))}
        </>
      )}
      <p className="body">
        <Link to="/pay/cost/settings">Change your cost settings</Link>
        {budgetPeriod && (
          <>
            {' · '}
            <Link to="/pay/cost/budget">Change your budget</Link>
          </>
        )}
      </p>
    </StaticPage>
  );
}

function Budget({ b }: { b: BudgetPeriod }) {
  const over = b.leftPence < 0;
  return (
    <>
      <p className={over ? 'cost-left cost-left--over' : 'cost-left'}>
        <strong>{b.words}</strong>
        <span className="line">
          for {dateInWords(b.start)} to {dateInWords(b.end)}, after pay and costs of {pence(b.spentPence)}.
        </span>
      </p>
      <div className="cost-budget">
        <BudgetBar budgetPence={b.budgetPence} spentPence={b.spentPence} />
        <TableBox label="Your budget and what it paid for">
          <table className="table">
            <caption className="visually-hidden">Your budget for {dateInWords(b.start)} to {dateInWords(b.end)} and what it paid for</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Amount</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className="table__row-head">Budget</th>
                <td>{pence(b.budgetPence)}</td>
              </tr>
              {b.rows.map((r) => (
                <tr key={`${r.workerId} ${r.start}`}>
                  <th scope="row" className="table__row-head">
                    {r.fullName}
                    {r.days < r.periodDays && (
                      <span className="line secondary-text">
                        {r.days} of the {r.periodDays} days of their pay period from {dateInWords(r.start)} (full cost {pence(r.totalPence)})
                      </span>
                    )}
                  </th>
                  <td>{pence(r.countedPence)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="table__row-head">Pay and costs in all</th>
                <td>{pence(b.spentPence)}</td>
              </tr>
              <tr>
                <th scope="row" className="table__row-head">{over ? 'Over budget' : 'Left'}</th>
                <td>{pence(Math.abs(b.leftPence))}</td>
              </tr>
            </tbody>
          </table>
        </TableBox>
      </div>
    </>
  );
}

function HowWorkedOut({ p }: { p: PaCost }) {
  const rows: [string, number, string][] = [
    ['Gross pay', p.grossPence, 'From their shifts and pay rates.'],
    ['Holiday', p.holidayPence, p.holidayWords],
    ['Employer National Insurance', p.niPence, p.niWords],
    ['Less the Employment Allowance', -p.allowancePence, p.allowancePence ? 'Your share of the allowance for this period.' : 'None for this period.'],
    ['Pension', p.pensionPence, p.pensionWords],
    ['Insurance', p.insurancePence, 'Your insurance for the year, shared by hours worked.'],
    ['Payroll service fees', p.feesPence, 'Your payroll fees for the year, shared by hours worked.'],
  ];
  return (
    <details className="details">
      <summary className="details__summary">How {p.fullName}’s cost is worked out</summary>
      <div className="details__text">
        <TableBox label={`How ${p.fullName}’s cost is worked out`}>
          <table className="table">
            <caption className="visually-hidden">How {p.fullName}’s cost for {dateInWords(p.start)} to {dateInWords(p.end)} is worked out</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Amount</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([part, amount, how]) => (
                <tr key={part}>
                  <th scope="row" className="table__row-head">{part}</th>
                  <td>{pence(amount)}</td>
                  <td>{how}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="table__row-head">Full cost</th>
                <td>{pence(p.totalPence)}</td>
                <td>{p.hourlyPence === null ? 'No hours worked.' : `${pence(p.hourlyPence)} an hour for ${minutesInWords(p.workingMinutes)} worked.`}</td>
              </tr>
            </tbody>
          </table>
        </TableBox>
      </div>
    </details>
  );
}
