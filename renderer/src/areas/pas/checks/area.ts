import type { Area } from '../../../lib/area.js';
import { page } from '../../../lib/router/index.js';
import { ChecksSection } from './ChecksSection.js';
import { DbsPage } from './DbsPage.js';
import { DeleteCheckPage } from './DeleteCheckPage.js';
import { InterviewPage } from './InterviewPage.js';
import { ReferencePage } from './ReferencePage.js';
import { RightToWorkPage } from './RightToWorkPage.js';
import { StatusCheckPage } from './StatusCheckPage.js';

/** Safe-recruitment checks: a tab on each PA's page, and a form for each kind. ":checkId" is "new" for a new record (see paths.ts). */
export const paChecksArea: Area = {
  pa: {
    tab: { label: 'Checks', path: '/checks', order: 10, historyArea: 'checks', section: ChecksSection },
    routes: [
      page('/checks/right-to-work/:checkId', RightToWorkPage),
      page('/checks/dbs/:checkId', DbsPage),
      page('/checks/dbs/:checkId/status-check', StatusCheckPage),
      page('/checks/reference/:checkId', ReferencePage),
      page('/checks/interview/:checkId', InterviewPage),
      page('/checks/:kind/:checkId/delete', DeleteCheckPage),
    ],
  },
};
