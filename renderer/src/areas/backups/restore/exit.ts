import { useApiQuery } from '../../../lib/queries.js';

/** Where "Back" leads from the first restore page: Backups in the open book, else the first page. */
export function useRestoreExit(): string {
  const status = useApiQuery('book.status', {});
  return status.data?.state === 'unlocked' ? '/backups' : '/';
}
