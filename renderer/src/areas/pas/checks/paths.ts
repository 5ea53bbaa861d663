import type { CheckKind } from './words.js';

type FormKind = Exclude<CheckKind, 'dbs-status'>;

/** The form for a new check (no id) or for correcting one. */
export const checkFormPath = (workerId: string, kind: FormKind, checkId?: string) =>
  `/pas/${workerId}/checks/${kind}/${checkId ?? 'new'}`;

export const deleteCheckPath = (workerId: string, kind: CheckKind, checkId: string) =>
  `/pas/${workerId}/checks/${kind}/${checkId}/delete`;

export const statusCheckPath = (workerId: string, dbsCheckId: string) => `/pas/${workerId}/checks/dbs/${dbsCheckId}/status-check`;

export const checksTab = (workerId: string) => `/pas/${workerId}/checks`;

/** What saving or deleting a check makes stale: the tab, Home's reminders, the Records tab. */
export const CHECK_CHANGES = ['checks.get', 'attention.list', 'retention.list'] as const;
