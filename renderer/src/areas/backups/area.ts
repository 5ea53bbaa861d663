import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { BackupFolderPage } from './BackupFolderPage.js';
import { BackupsPage } from './BackupsPage.js';
import { RESTORE_ROUTES } from './restore/restore-routes.js';

/** Backing up, and restoring a backup: restoring also works before there is a book, and while it is locked. */
export const backupsArea: Area = {
  nav: { label: 'Backups', to: '/backups', order: 90, also: ['/restore'] },
  routes: [page('/backups', BackupsPage), page('/backups/folder', BackupFolderPage), ...RESTORE_ROUTES],
  noBook: RESTORE_ROUTES,
  locked: RESTORE_ROUTES,
};
