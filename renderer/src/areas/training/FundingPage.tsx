import { dateInWords, pence } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import type { FundingRow } from '../../shared.js';
import { Loading, StaticPage, TableBox } from '../../ui/index.js';
import { recordPath } from './paths.js';
import { TrainingNav } from './TrainingNav.js';

/** What was claimed towards training, and what is still to claim under the scheme that applies to you. */
export function FundingPage() {
  const f = useApiQuery('training.funding', {});
  return (
    <StaticPage title="Training funding" heading="Training">
      <TrainingNav current="/training/funding" />
      <h2 className="heading-m">Funding</h2>
      {f.isPending && <Loading />}
      {f.data && (
        <>
          <p className="body">
            <strong>{f.data.scheme.name}.</strong> {f.data.scheme.notes}
          </p>
          <Table caption="Still to claim" rows={f.data.toClaim} empty="Nothing to claim: training that cost something has been claimed." />
          <Table caption="Claimed" rows={f.data.claimed} empty="No claims recorded yet." />
          <p className="body">Source: {f.data.scheme.source}.</p>
        </>
      )}
    </StaticPage>
  );
}

function Table({ caption, rows, empty }: { caption: string; rows: FundingRow[]; empty: string }) {
  if (rows.length === 0)
    return (
      <>
        <h3 className="heading-s">{caption}</h3>
        <p className="body">{empty}</p>
      </>
    );
  const claimed = caption === 'Claimed';
  return (
    <TableBox label={caption}>
      <table className="table pa-table">
        <caption className="table__caption table__caption--s">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">PA and training</th>
            <th scope="col">Done</th>
            <th scope="col">Cost</th>
            <th scope="col">{claimed ? 'Claimed' : 'Claim by'}</th>
            {claimed && <th scope="col">Paid</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.recordId}>
              <th scope="row" className="table__row-head">
                <Link to={recordPath(r.workerId, r.recordId)}>
                  {r.workerName}: {r.topicName}
                </Link>
              </th>
              <td>{dateInWords(r.completedOn)}</td>
              <td>{pence(r.costPence)}</td>
              <td>{claimed ? `${pence(r.claimPence)} on ${dateInWords(r.claimedOn)}` : r.claimBy ? dateInWords(r.claimBy) : 'No time limit set'}</td>
              {claimed && <td>{r.paidOn ? dateInWords(r.paidOn) : 'Not yet'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
