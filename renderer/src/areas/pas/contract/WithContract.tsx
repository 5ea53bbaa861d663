import type { ReactNode } from 'react';
import { useApiQuery } from '../../../lib/queries.js';
import type { WorkerContract } from '../../../shared.js';
import { ErrorSummary, Loading, StaticPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { contractPath } from './paths.js';

/**
 * For the pages about one PA's statement (the form, a version, a date to record): their
 * contract, loaded, or the core's words about why it could not be. `also` waits for other
 * things the page needs and shows their refusal the same way.
 */
export function WithContract({
  also = [],
  children,
}: {
  also?: { isPending: boolean; error: { message: string } | null }[];
  children: (contract: WorkerContract) => ReactNode;
}) {
  const w = usePa();
  const contract = useApiQuery('contracts.get', { workerId: w.id });
  const failed = contract.error ?? also.find((q) => q.error)?.error;
  if (failed) {
    return (
      <StaticPage title="Their statement" back={contractPath(w.id)}>
        <ErrorSummary items={[{ message: failed.message }]} />
      </StaticPage>
    );
  }
  if (contract.isSuccess && !also.some((q) => q.isPending)) return children(contract.data);
  return <Loading />;
}
