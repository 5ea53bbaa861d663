import type { ReactNode } from 'react';
import { useApiQuery } from '../../lib/queries.js';
import { Loading, StaticPage } from '../../ui/index.js';
import { PaContext } from './pa-context.js';

/**
 * Every page under "/pas/:id" (the tabs and their forms): the PA is loaded once here, and a PA
 * who is not in the book gets one plain page that says so.
 */
export function PaLayout({ params, children }: { params: { id: string }; children: ReactNode }) {
  const worker = useApiQuery('workers.get', { id: params.id });
  if (worker.isPending) return <Loading />;
  if (worker.isError) {
    return (
      <StaticPage title="This PA could not be found" back="/pas">
        {/* The core says why, and what to do: "… They may have been deleted. Go back to Your PAs and choose them again." */}
        <p className="body">{worker.error.message}</p>
      </StaticPage>
    );
  }
  return <PaContext.Provider value={worker.data}>{children}</PaContext.Provider>;
}
