import { count } from '../../../lib/format.js';
import { useApiQuery } from '../../../lib/queries.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { callName, type RetentionRow, type Worker } from '../../../shared.js';
import { ConfirmPage, Loading, StaticPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';

export function DeleteRecordsPage({ params }: { params: { kind: string } }) {
  const w = usePa();
  const rows = useApiQuery('retention.list', { workerId: w.id });
  if (rows.isPending) return <Loading />;
  const row = rows.data?.find((r) => r.kind === params.kind);
  if (!row) {
    return (
      <StaticPage title="These records could not be found" back={paPath(w.id, '/records')}>
        <p className="body">{rows.error?.message ?? 'Go back to the Records tab to see what is held.'}</p>
      </StaticPage>
    );
  }
  return <DeleteRecords w={w} row={row} />;
}

function DeleteRecords({ w, row }: { w: Worker; row: RetentionRow }) {
  const remove = useSaveAndGo('retention.delete');
  const back = paPath(w.id, '/records');
  const what = row.label.charAt(0).toLowerCase() + row.label.slice(1);
  const name = callName(w);
  return (
    <ConfirmPage
      title={`Delete ${name}’s ${what}?`}
      back={back}
      confirmLabel="Yes, delete these records"
      onConfirm={() =>
        remove(
          { workerId: w.id, kind: row.kind, confirm: true },
          { flash: (done) => `${count(done.deleted, 'record')} deleted: ${what}`, to: back },
        )
      }
    >
      <p className="body">
        This deletes {count(row.count, 'record')} about {name} from this book: {what}.
      </p>
      <p className="body">
        <strong>This cannot be undone.</strong> Your backups still hold them until those backups are replaced by newer
        ones.
      </p>
    </ConfirmPage>
  );
}
