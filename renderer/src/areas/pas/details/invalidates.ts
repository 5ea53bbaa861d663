import type { MethodName } from '../../../shared.js';

/** What a change to a PA's status makes stale: their page, the list, Home and the Records tab. */
export const STATUS_CHANGES: MethodName[] = ['workers.get', 'workers.list', 'attention.list', 'retention.list'];
