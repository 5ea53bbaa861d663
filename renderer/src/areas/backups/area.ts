import type { Area } from '../../app/areas.js';
import { BackupFolderPage } from './BackupFolderPage.js';
import { BackupsPage } from './BackupsPage.js';
import { RESTORE_ROUTES } from './restore/routes.js';

export const backupsArea: Area = {
  nav: { label: 'Backups', to: '/backups', order: 90, also: ['/restore'] },
  routes: [
    { path: '/backups', component: BackupsPage },
    { path: '/backups/folder', component: BackupFolderPage },
    ...RESTORE_ROUTES,
  ],
};
