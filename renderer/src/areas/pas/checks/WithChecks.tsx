import type { ReactNode } from 'react';
import { useApiQuery } from '../../../lib/queries.js';
import type { Worker, WorkerChecks } from '../../../shared.js';
import { Loading, StaticPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { checksTab } from './paths.js';

/**
 * For a check's form: the PA's checks, loaded. `pick` finds the record being changed; when a
 * form is for an existing record that is not there (deleted meanwhile), say so plainly.
 */
export function WithChecks<T>({
  checkId,
  pick,
  children,
}: {
  checkId: string | undefined;
  pick: (checks: WorkerChecks, id: string) => T | undefined;
  children: (w: Worker, existing: T | undefined) => ReactNode;
}) {
  const w = usePa();
  const checks = useApiQuery('checks.get', { workerId: w.id });
  if (checks.isPending) return <Loading />;
  if (checks.isError) return <p className="body">{checks.error.message}</p>;
  const existing = checkId ? pick(checks.data, checkId) : undefined;
  if (checkId && !existing) {
    return (
      <StaticPage title="This record could not be found" back={checksTab(w.id)}>
        <p className="body">It may have been deleted. Go back to the Checks tab to see what is recorded.</p>
      </StaticPage>
    );
  }
  return children(w, existing);
}

/** The `:checkId` of a form route: 'new' means a new record. */
export const checkIdOf = (param: string) => (param !== 'new' ? param : undefined);
