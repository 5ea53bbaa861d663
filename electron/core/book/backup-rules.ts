import type { AttentionItem } from '../../shared/api/index.js';
import { daysBetween } from '../../shared/dates.js';

/**
 * How stale a backup may get before Home asks for one. Carebook's own advice, not a legal
 * rule: a month of records is the most we want anyone to be able to lose.
 */
export const BACKUP_DUE_AFTER_DAYS = 30;

export interface BackupHistory {
  /** Date of the last backup that was made, YYYY-MM-DD, or null for none. */
  lastBackup: string | null;
  /** What went wrong, when the most recent automatic backup failed. */
  lastProblem: string | null;
  hasFolder: boolean;
}

/**
 * The Home item about backups, or null when a recent one exists. Dates are YYYY-MM-DD. Backups
 * are good practice, not the law, so they come after every legal duty on Home.
 */
export function backupAttention({ lastBackup, lastProblem, hasFolder }: BackupHistory, today: string): AttentionItem | null {
  const action = hasFolder
    ? { label: 'Back up now', to: '/backups' }
    : { label: 'Choose a backup folder and back up', to: '/backups' };
  if (lastProblem !== null) {
    // A missing memory stick is the usual cause: say so before anything else about backups.
    return {
      id: 'book.backup-failed',
      area: 'book',
      urgency: 'good-practice',
      title: 'Your last automatic backup did not work',
      detail: `${lastProblem} If your backups go to a memory stick or another drive, plug it in, then back up now.`,
      action,
    };
  }
  if (lastBackup === null) {
    return {
      id: 'book.no-backup',
      area: 'book',
      urgency: 'good-practice',
      title: 'You have not made a backup yet',
      detail: 'A backup is a copy of your book. If this computer breaks or is lost, a backup on a memory stick or another drive keeps your records safe.',
      action,
    };
  }
  const age = daysBetween(lastBackup, today);
  if (age < BACKUP_DUE_AFTER_DAYS) return null;
  const due = new Date(Date.parse(`${lastBackup}T00:00:00Z`) + BACKUP_DUE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  return {
    id: 'book.backup-overdue',
    area: 'book',
    urgency: 'good-practice',
    title: `Your last backup was ${age} days ago`,
    detail: `Make a backup at least every ${BACKUP_DUE_AFTER_DAYS} days so you never lose more than a month of records.`,
    action,
    due,
  };
}
