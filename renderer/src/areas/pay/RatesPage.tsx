import { dateInWords, pence } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { ButtonLink, Flash, Loading, StaticPage, WarningText, TableBox } from '../../ui/index.js';

/** Settings → Rates: every rate Carebook compares pay with, and where each came from. Built-in rows cannot be changed. */
export function RatesPage() {
  const rates = useApiQuery('pay.referenceRates', {});
  const r = rates.data;
  return (
    <>
      <Flash />
      <StaticPage title="Rates" back="/settings">
        <p className="body">
          The legal minimum wage changes every April, and the Real Living Wage each autumn. Carebook has the rates below built in, each with where it comes from. When a newer rate is announced, add it here: it is used from its own date, and marked as yours.
        </p>
        {!r ? (
          <Loading />
        ) : (
          <>
            {r.aprilWithNoKnownMinimum && <WarningText>A new legal minimum usually starts on {dateInWords(r.aprilWithNoKnownMinimum)}, and Carebook does not know it. Add it below.</WarningText>}
            {r.realLivingWageMayBeOutOfDate && <p className="body inset-text">A newer Real Living Wage may have been announced (usually in late October). Check the Living Wage Foundation and add it.</p>}
            <ButtonLink to="/settings/rates/add">Add a newer rate</ButtonLink>
            {r.series.map((s) => (
              <TableBox key={s.series} label={s.name}>
                <table className="table rates-table">
                  <caption className="table__caption table__caption--s">{s.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">From</th>
                      <th scope="col">An hour</th>
                      <th scope="col">Where it comes from</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...s.rows].reverse().map((row) => (
                      <tr key={`${row.from}${row.userAdded}`}>
                        <td>{dateInWords(row.from)}</td>
                        <td>{pence(row.amountPence)}</td>
                        <td>
                          {row.userAdded ? <strong className="line">Added by you</strong> : <span className="line">Built in (cannot be changed)</span>}
                          {row.source}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            ))}
            <TableBox label="National Insurance, the Employment Allowance and pensions">
              <table className="table rates-table">
                <caption className="table__caption table__caption--s">For your payroll service: National Insurance, the Employment Allowance and pensions</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">From</th>
                    <th scope="col">Rate</th>
                    <th scope="col">Where it comes from</th>
                  </tr>
                </thead>
                <tbody>
                  {r.facts.map((f) => (
                    <tr key={`${f.name}${f.from}`}>
                      <th scope="row" className="table__row-head">{f.name}</th>
                      <td>{dateInWords(f.from)}</td>
                      <td>{f.value}</td>
                      <td>{f.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          </>
        )}
      </StaticPage>
    </>
  );
}
