import type { ReactNode } from 'react';
import { useApiQuery } from '../../lib/queries.js';
import type { Worker } from '../../shared.js';
import { Loading, StaticPage } from '../../ui/index.js';

/** For a PA's sub-pages (forms): wait for the PA, or say plainly that they could not be found. */
export function WithWorker({ id, children }: { id: string; children: (w: Worker) => ReactNode }) {
  const worker = useApiQuery('workers.get', { id });
  if (worker.isPending) return <Loading />;
  if (worker.isError) {
    return (
      <StaticPage title="This PA could not be found" back="/pas">
        <p className="body">{worker.error.message}</p>
      </StaticPage>
    );
  }
  return <>{children(worker.data)}</>;
}
