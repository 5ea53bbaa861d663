import type { Route } from '../../../app/router.js';
import { CheckPage } from './CheckPage.js';
import { DonePage } from './DonePage.js';
import { FilePage } from './FilePage.js';
import { IntoPage } from './IntoPage.js';
import { SecretPage } from './SecretPage.js';

/** The restore journey: works with the book open, locked, or before any book exists. */
export const RESTORE_ROUTES: Route[] = [
  { path: '/restore', component: FilePage },
  { path: '/restore/where', component: IntoPage },
  { path: '/restore/unlock', component: SecretPage },
  { path: '/restore/check', component: CheckPage },
  { path: '/restore/done', component: DonePage },
];
