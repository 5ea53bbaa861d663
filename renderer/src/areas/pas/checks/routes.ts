import type { Route } from '../../../app/router.js';
import { ChecksPage } from './ChecksPage.js';
import { DbsPage } from './DbsPage.js';
import { DeleteCheckPage } from './DeleteCheckPage.js';
import { InterviewPage } from './InterviewPage.js';
import { ReferencePage } from './ReferencePage.js';
import { RightToWorkPage } from './RightToWorkPage.js';
import { StatusCheckPage } from './StatusCheckPage.js';

/** ":checkId" is "new" for a new record (see paths.ts). */
export const CHECK_ROUTES: Route[] = [
  { path: '/pas/:id/checks', component: ChecksPage },
  { path: '/pas/:id/checks/right-to-work/:checkId', component: RightToWorkPage },
  { path: '/pas/:id/checks/dbs/:checkId', component: DbsPage },
  { path: '/pas/:id/checks/dbs/:checkId/status-check', component: StatusCheckPage },
  { path: '/pas/:id/checks/reference/:checkId', component: ReferencePage },
  { path: '/pas/:id/checks/interview/:checkId', component: InterviewPage },
  { path: '/pas/:id/checks/:kind/:checkId/delete', component: DeleteCheckPage },
];
