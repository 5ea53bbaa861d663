import { dateInWords } from '../../../lib/format.js';
import { useApiQuery } from '../../../lib/queries.js';
import { Link } from '../../../lib/router/index.js';
import { callName, type RetentionRow, type Worker } from '../../../shared.js';
import { ButtonLink, Loading, WarningText, TableBox } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';

/** The Records tab: how long each kind of record must be kept, and deleting it once that time is over. */
export function RecordsSection() {
  const w = usePa();
  const rows = useApiQuery('retention.list', { workerId: w.id });
  return (
    <>
      {rows.isPending && <Loading what="Working out how long to keep their records" />}
      {rows.isError && <p className="body">{rows.error.message}</p>}
      {rows.data && <Records w={w} rows={rows.data} />}
    </>
  );
}

function keepUntil(r: RetentionRow): string {
  if (r.count === 0) return 'Nothing to keep';
  if (r.mayDeleteNow) return r.mayDeleteFrom ? `Now (since ${dateInWords(r.mayDeleteFrom)})` : 'Now';
  if (!r.mayDeleteFrom) return 'Not yet: keep them while they work for you';
  return dateInWords(r.mayDeleteFrom);
}

function Records({ w, rows }: { w: Worker; rows: RetentionRow[] }) {
  const name = callName(w);
  const kept = rows.filter((r) => r.count > 0 && !r.mayDeleteNow);
  return (
    <>
      <p className="body">
        The law and good practice say how long to keep records about someone after they stop working for you. Carebook
        never deletes anything on its own: when the time is over, you can delete them here.
      </p>
      <TableBox label="How long to keep their records">
        <table className="table pa-table">
          <caption className="table__caption">How long to keep {name}’s records</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">How many</th>
              <th scope="col">You may delete them from</th>
              <th scope="col">Why</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind}>
                <th scope="row" className="table__row-head">
                  {r.label}
                </th>
                <td>{r.count}</td>
                <td>{keepUntil(r)}</td>
                <td>{r.rule}</td>
                <td>
                  {r.count > 0 && r.mayDeleteNow ? (
                    <Link to={paPath(w.id, `/records/${r.kind}/delete`)}>
                      Delete<span className="visually-hidden"> {r.label.toLowerCase()}</span>
                    </Link>
                  ) : (
                    <span className="secondary-text">
                      {r.count === 0 ? 'None held' : 'Keep'}
                      <span className="visually-hidden"> {r.label.toLowerCase()}</span>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <p className="body">
        Deleting removes the records from this book. Your backups still hold them until those backups are replaced by
        newer ones.
      </p>

      <h2 className="heading-m">Delete everything about {name}</h2>
      {kept.length > 0 ? (
        <WarningText>
          You should still keep some of {name}’s records. Delete everything only if they were added by mistake.
        </WarningText>
      ) : (
        <p className="body">When you no longer need any of their records, you can delete {name} from Carebook completely.</p>
      )}
      <ButtonLink to={paPath(w.id, '/delete')} variant="warning">
        Delete everything about {name}
      </ButtonLink>
    </>
  );
}
