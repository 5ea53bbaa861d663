import { lazy, Suspense } from 'react';
import { dateInWords, pence } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { gapWords, type PayRateWithCheck, type WorkerPay } from '../../shared.js';
import { ButtonLink, ErrorSummary, Loading, WarningText, TableBox } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { FairPayNotice } from './FairPayNotice.js';
import { REASONS } from './words.js';

// uPlot (about 50 KB) is loaded only when a Pay tab is opened.
const RatesChart = lazy(() => import('./RatesChart.js'));

function extras(r: PayRateWithCheck): string {
  const parts = [
    r.weekendPence > 0 && `weekends ${pence(r.weekendPence)} an hour`,
    r.bankHolidayPence > 0 && `bank holidays ${pence(r.bankHolidayPence)} an hour`,
    r.wakingNightPence > 0 && `waking nights ${pence(r.wakingNightPence)} an hour`,
    r.sleepInPence > 0 && `sleep-ins ${pence(r.sleepInPence)} a night`,
    r.travelPence > 0 && `travel ${pence(r.travelPence)} an hour`,
    r.onCallPence > 0 && `on call ${pence(r.onCallPence)} a shift`,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join('; ') : 'None';
}

function checkWords(r: PayRateWithCheck): string {
  const c = r.check;
  if (c.status === 'under' && c.minimum) return `Below the legal minimum (${pence(c.minimum.ratePence)}) by ${gapWords(c.minimum.gapPence)} an hour`;
  if (c.status === 'lawful' && c.minimum) return `At or above the legal minimum (${pence(c.minimum.ratePence)})`;
  if (c.status === 'none') return 'No legal minimum at their age';
  return 'Legal minimum not known for that date';
}

/** The Pay tab: today's rate checked, what is coming, every rate with its check, and the chart with its table. */
export function PaySection() {
  const pa = usePa();
  const pay = useApiQuery('pay.rates', { workerId: pa.id });
  if (pay.isPending) return <Loading />;
  if (pay.isError) return <ErrorSummary items={[{ message: pay.error.message }]} />;
  return <Pay workerId={pa.id} pay={pay.data} />;
}

function Pay({ workerId, pay }: { workerId: string; pay: WorkerPay }) {
  return (
    <>
      <h2 className="heading-m">Pay</h2>
      {pay.today ? (
        <>
          <p className="body">
            Their standard rate today is <strong>{pence(pay.today.rate.standardPence)} an hour</strong>, from {dateInWords(pay.today.rate.appliesFrom)}.
          </p>
          <FairPayNotice check={pay.today.check} />
        </>
      ) : (
        <p className="body">There is no pay rate for them yet. Their first pay rate is the hourly rate in their written statement, or add one here.</p>
      )}
      {pay.coming.map((c) => (
        <WarningText key={`${c.why}${c.on}`}>
          {c.why === 'birthday' ? `They turn ${c.age} on ${dateInWords(c.on)}.` : `A new legal minimum starts on ${dateInWords(c.on)}.`} From then the {c.minimum.name} for them is {pence(c.minimum.ratePence)} an hour, {gapWords(c.minimum.gapPence)} more than they are paid. Raise their pay from the first pay period that starts on or after that day.
        </WarningText>
      ))}
      {!pay.wageArea && <p className="body secondary-text">The Real Living Wage shown is the UK rate. If your PAs work in London, say so in Settings, Direct payments.</p>}
      <ButtonLink to={`/pas/${workerId}/pay/add`}>Add a pay rate</ButtonLink>
      <TableBox label="Their pay rates">
        <table className="table pay-rates">
          <caption className="table__caption table__caption--s">Their pay rates, newest first</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Why</th>
              <th scope="col">Standard hourly rate</th>
              <th scope="col">Other rates</th>
              <th scope="col">Against the legal minimum</th>
            </tr>
          </thead>
          <tbody>
            {pay.rates.map((r) => (
              <tr key={r.id}>
                <td>{dateInWords(r.appliesFrom)}</td>
                <td>
                  {REASONS[r.reason]}
                  {r.from === 'contract' && <span className="line secondary-text">From their written statement</span>}
                </td>
                <td>{pence(r.standardPence)}</td>
                <td>{extras(r)}</td>
                <td>{r.check.status === 'under' ? <strong>{checkWords(r)}</strong> : checkWords(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {pay.lines.length > 1 && (
        <>
          <h3 className="heading-s">Their rate beside the legal minimum and the Real Living Wage</h3>
          <div className="pay-chart-and-table">
            <Suspense fallback={<Loading />}>
              <RatesChart lines={pay.lines} />
            </Suspense>
            <TableBox label="The chart as a table">
              <table className="table pay-lines">
                <caption className="table__caption table__caption--s">The chart as a table: each date something changed</caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">Their rate</th>
                    <th scope="col">Legal minimum for them</th>
                    <th scope="col">Real Living Wage</th>
                  </tr>
                </thead>
                <tbody>
                  {pay.lines.map((l) => (
                    <tr key={l.date}>
                      <td>{dateInWords(l.date)}</td>
                      <td>{l.ratePence === null ? 'None' : pence(l.ratePence)}</td>
                      <td>{l.minimumPence === null ? 'Not known' : pence(l.minimumPence)}</td>
                      <td>{l.realLivingWagePence === null ? 'Not known' : pence(l.realLivingWagePence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          </div>
        </>
      )}
    </>
  );
}
