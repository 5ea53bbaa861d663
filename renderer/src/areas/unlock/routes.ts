import type { Route } from '../../app/router.js';
import { RESTORE_ROUTES } from '../backups/restore/routes.js';
import { HelpPage } from '../help/HelpPage.js';
import { ProblemPage } from './ProblemPage.js';
import { RecoveryUnlockPage } from './RecoveryUnlockPage.js';
import { UnlockPage } from './UnlockPage.js';

/** Pages shown while the book is locked. */
export const LOCKED_ROUTES: Route[] = [
  { path: '/', component: UnlockPage },
  { path: '/forgotten', component: RecoveryUnlockPage },
  { path: '/problem/:code', component: ProblemPage },
  { path: '/help', component: HelpPage },
  ...RESTORE_ROUTES,
];
