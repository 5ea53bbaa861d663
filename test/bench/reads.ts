import { api, HOST_PREFIX, type CoreMethodName } from '../../electron/shared/api/index.js';

/**
 * Which API methods the bench times: every core method whose verb only reads. The list is
 * taken from the contract, so a new read method is timed as soon as it lands. A verb not
 * named here is taken to write and is only listed as not timed: add it if it only reads.
 */
const READ_VERBS = new Set(['status', 'get', 'list', 'backups', 'matrix', 'summary', 'search', 'history', 'due']);

/** Inputs for read methods that need one (an id of a PA in the large book, say). */
export const SAMPLE_INPUTS: Partial<Record<CoreMethodName, unknown>> = {};

export function apiMethods(): { reads: CoreMethodName[]; writes: CoreMethodName[] } {
  const core = Object.keys(api).filter((name) => !name.startsWith(HOST_PREFIX)) as CoreMethodName[];
  const isRead = (name: string) => READ_VERBS.has(name.slice(name.indexOf('.') + 1));
  return { reads: core.filter(isRead), writes: core.filter((name) => !isRead(name)) };
}
