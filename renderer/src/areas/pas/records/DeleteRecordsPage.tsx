import { navigate, type Params } from '../../../app/router.js';
import { setFlash } from '../../../lib/flash.js';
import { useApiMutation, useApiQuery } from '../../../lib/queries.js';
import type { RetentionRow, Worker } from '../../../shared.js';
import { ConfirmPage, Loading, StaticPage } from '../../../ui/index.js';
import { paPath } from '../PaPage.js';
import { WithWorker } from '../WithWorker.js';
import { callName } from '../../../shared.js';

const RECORDS_CHANGES = ['retention.list', 'checks.get', 'workers.get', 'attention.list'] as const;

export function DeleteRecordsPage({ params }: { params: Params }) {
  const rows = useApiQuery('retention.list', { workerId: params.id! });
  return (
    <WithWorker id={params.id!}>
      {(w) => {
        if (rows.isPending) return <Loading />;
        const row = rows.data?.find((r) => r.kind === params.kind);
        if (!row) {
          return (
            <StaticPage title="These records could not be found" back={paPath(w.id, 'records')}>
              <p className="body">{rows.error?.message ?? 'Go back to the Records tab to see what is held.'}</p>
            </StaticPage>
          );
        }
        return <DeleteRecords w={w} row={row} />;
      }}
    </WithWorker>
  );
}

function DeleteRecords({ w, row }: { w: Worker; row: RetentionRow }) {
  const remove = useApiMutation('retention.delete', [...RECORDS_CHANGES]);
  const back = paPath(w.id, 'records');
  const what = row.label.charAt(0).toLowerCase() + row.label.slice(1);
  const name = callName(w);
  return (
    <ConfirmPage
      title={`Delete ${name}’s ${what}?`}
      back={back}
      confirmLabel="Yes, delete these records"
      onConfirm={async () => {
        const done = await remove.mutateAsync({ workerId: w.id, kind: row.kind, confirm: true });
        setFlash(done.deleted === 1 ? `1 record deleted: ${what}` : `${done.deleted} records deleted: ${what}`);
        navigate(back);
      }}
    >
      <p className="body">
        This deletes {row.count === 1 ? '1 record' : `${row.count} records`} about {name} from this book: {what}.
      </p>
      <p className="body">
        <strong>This cannot be undone.</strong> Your backups still hold them until those backups are replaced by newer
        ones.
      </p>
    </ConfirmPage>
  );
}
