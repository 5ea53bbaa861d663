import { api, HOST_PREFIX, type CoreMethodName, type WorkerSummary } from '../../electron/shared/api/index.js';

/**
 * Which API methods the bench times: every core method whose verb only reads. The list is
 * taken from the contract, so a new read method is timed as soon as it lands. A verb not
 * named here is taken to write and is only listed as not timed: add it if it only reads.
 */
const READ_VERBS = new Set(['status', 'get', 'list', 'backups', 'matrix', 'summary', 'search', 'history', 'due']);

type Call = (method: string, input?: unknown) => Promise<unknown>;

/**
 * Inputs for read methods that need one, taken from the large book: the PA with the longest
 * history (most checks, contract versions and records), which is the slowest page to read.
 */
export async function sampleInputs(call: Call): Promise<{ inputs: Partial<Record<CoreMethodName, unknown>>; worker: WorkerSummary }> {
  const all = (await call('workers.list', { show: 'all' })) as WorkerSummary[];
  const worker = [...all].filter((w) => w.startDate).sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? all[0];
  if (!worker) throw new Error('The large book has no PAs: the example generator did not add any');
  const byWorker = { workerId: worker.id };
  return {
    worker,
    inputs: {
      'workers.get': { id: worker.id },
      'workers.list': { search: worker.fullName.split(' ')[0], show: 'all' },
      'checks.get': byWorker,
      'contracts.get': byWorker,
      'documents.list': byWorker,
      'retention.list': byWorker,
    },
  };
}

export function apiMethods(): { reads: CoreMethodName[]; writes: CoreMethodName[] } {
  const core = Object.keys(api).filter((name) => !name.startsWith(HOST_PREFIX)) as CoreMethodName[];
  const isRead = (name: string) => READ_VERBS.has(name.slice(name.indexOf('.') + 1));
  return { reads: core.filter(isRead), writes: core.filter((name) => !isRead(name)) };
}
