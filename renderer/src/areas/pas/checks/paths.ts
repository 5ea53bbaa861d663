import { paPath } from '../paths.js';
import type { CheckKind } from './words.js';

type FormKind = Exclude<CheckKind, 'dbs-status'>;

/** The form for a new check (no id) or for correcting one. */
export const checkFormPath = (workerId: string, kind: FormKind, checkId?: string) =>
  paPath(workerId, `/checks/${kind}/${checkId ?? 'new'}`);

export const deleteCheckPath = (workerId: string, kind: CheckKind, checkId: string) =>
  paPath(workerId, `/checks/${kind}/${checkId}/delete`);

export const statusCheckPath = (workerId: string, dbsCheckId: string) => paPath(workerId, `/checks/dbs/${dbsCheckId}/status-check`);

export const checksTab = (workerId: string) => paPath(workerId, '/checks');
