import { dateInWords } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { Flash, Loading, StaticPage, TableBox } from '../../ui/index.js';
import { planItPath, trainingTab } from './paths.js';
import { TrainingNav } from './TrainingNav.js';
import { StatusTag } from './StatusTag.js';
import './training.css';

/** Everything that has run out, is missing, or runs out in the next 90 days, and what is planned; one click to plan each. */
export function PlanPage() {
  const plan = useApiQuery('training.plan', { days: 90 });
  return (
    <>
      <Flash />
      <StaticPage title="Training plan" heading="Training">
        <TrainingNav current="/training/plan" />
        <h2 className="heading-m">The next 90 days</h2>
        <p className="body">Training that has run out or is missing comes first, then what runs out soonest. Plan a date for each.</p>
        {plan.isPending && <Loading what="Loading the plan" />}
        {plan.isError && <p className="body">{plan.error.message}</p>}
        {plan.data && plan.data.length === 0 && <p className="body">Nothing runs out in the next 90 days, and nothing is missing.</p>}
        {plan.data && plan.data.length > 0 && (
          <TableBox label="Training to plan in the next 90 days">
            <table className="table pa-table">
              <caption className="visually-hidden">Training to plan in the next 90 days</caption>
              <thead>
                <tr>
                  <th scope="col">PA</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Status</th>
                  <th scope="col">Runs out</th>
                  <th scope="col">Planned</th>
                </tr>
              </thead>
              <tbody>
                {plan.data.map((r) => (
                  <tr key={`${r.workerId} ${r.topicId}`}>
                    <th scope="row" className="table__row-head">
                      <Link to={trainingTab(r.workerId)}>{r.workerName}</Link>
                    </th>
                    <td>{r.topicName}</td>
                    <td>
                      <StatusTag status={r.status} />
                    </td>
                    <td>{r.expiresOn ? dateInWords(r.expiresOn) : r.status === 'missing' ? 'Never done' : ''}</td>
                    <td>
                      {r.plannedId ? (
                        <>
                          By {dateInWords(r.targetOn)}{' '}
                          <Link to={planItPath(r.workerId, r.topicId)}>
                            Change<span className="visually-hidden">: {r.workerName}, {r.topicName}</span>
                          </Link>
                        </>
                      ) : (
                        <Link to={planItPath(r.workerId, r.topicId)}>
                          Plan it<span className="visually-hidden">: {r.workerName}, {r.topicName}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </StaticPage>
    </>
  );
}
