import { useApiQuery } from '../../lib/queries.js';
import { Link } from '../../lib/router/index.js';
import { jobRoleName, TRAINING_CATEGORIES } from '../../shared.js';
import { ButtonLink, Flash, Loading, StaticPage, TableBox } from '../../ui/index.js';
import { topicPath } from './paths.js';
import { TrainingNav } from './TrainingNav.js';

/** The training topics: how often each is refreshed, who needs it, its ASC-WDS category. */
export function TopicsPage() {
  const topics = useApiQuery('training.topics', {});
  const pas = useApiQuery('workers.list', { show: 'current' });
  const name = (id: string) => pas.data?.find((p) => p.id === id)?.fullName ?? 'a PA';
  return (
    <>
      <Flash />
      <StaticPage title="Training topics" heading="Training">
        <TrainingNav current="/training/topics" />
        <h2 className="heading-m">Training topics</h2>
        <p className="body">
          Carebook starts with the topics Skills for Care suggests and their usual refresher intervals. Change an interval,
          say who needs a topic, or add your own, such as something the person your PAs support needs.
        </p>
        <ButtonLink to={topicPath()}>Add a topic</ButtonLink>
        {topics.isPending && <Loading />}
        {topics.data && (
          <TableBox label="Training topics">
            <table className="table pa-table">
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Refresher</th>
                  <th scope="col">Who needs it</th>
                  <th scope="col">ASC-WDS category</th>
                </tr>
              </thead>
              <tbody>
                {topics.data.map((t) => (
                  <tr key={t.id}>
                    <th scope="row" className="table__row-head">
                      <Link to={topicPath(t.id)}>{t.name}</Link>
                      {!t.active && ' (not in use)'}
                    </th>
                    <td>{t.intervalMonths === null ? 'None set' : t.intervalMonths % 12 === 0 ? `Every ${t.intervalMonths / 12 === 1 ? 'year' : `${t.intervalMonths / 12} years`}` : `Every ${t.intervalMonths} months`}</td>
                    <td>
                      {[t.requiredForAll ? 'Every PA' : '', ...t.roles.map((r) => `Every ${jobRoleName(r).toLowerCase()}`), ...t.workerIds.map(name)].filter(Boolean).join(', ') || 'Nobody yet'}
                    </td>
                    <td>
                      {t.category} {TRAINING_CATEGORIES[t.category]}
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
