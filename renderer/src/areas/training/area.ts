import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { AscWdsPage } from './AscWdsPage.js';
import { CareCertificatePage } from './CareCertificatePage.js';
import { DeletePlanPage, DeleteQualificationPage, DeleteRecordPage } from './DeletePages.js';
import { FundingPage } from './FundingPage.js';
import { MatrixPage } from './MatrixPage.js';
import { NeedPage } from './NeedPage.js';
import { PlanItPage } from './PlanItPage.js';
import { PlanPage } from './PlanPage.js';
import { QualificationPage } from './QualificationPage.js';
import { RecordPage } from './RecordPage.js';
import { RolePage } from './RolePage.js';
import { SettingsPage } from './SettingsPage.js';
import { StandardPage } from './StandardPage.js';
import { TopicPage } from './TopicPage.js';
import { TopicsPage } from './TopicsPage.js';
import { TrainingSection } from './TrainingSection.js';

/** Training: the matrix, the plan, topics, funding and ASC-WDS in the menu, and a Training tab on each PA's page. */
export const trainingArea: Area = {
  nav: { label: 'Training', to: '/training', order: 35 },
  routes: [
    page('/training', MatrixPage),
    page('/training/plan', PlanPage),
    page('/training/plan/:workerId/:topicId', PlanItPage),
    page('/training/topics', TopicsPage),
    page('/training/topics/:topicId', TopicPage),
    page('/training/funding', FundingPage),
    page('/training/asc-wds', AscWdsPage),
    page('/training/settings', SettingsPage),
  ],
  pa: {
    tab: { label: 'Training', path: '/training', order: 40, historyArea: 'training', section: TrainingSection },
    routes: [
      page('/training/record/:recordId/delete', DeleteRecordPage),
      page('/training/record/:recordId', RecordPage),
      page('/training/role', RolePage),
      page('/training/needs/:topicId', NeedPage),
      page('/training/care-certificate', CareCertificatePage),
      page('/training/care-certificate/:standard', StandardPage),
      page('/training/qualifications/:qualificationId/delete', DeleteQualificationPage),
      page('/training/qualifications/:qualificationId', QualificationPage),
      page('/training/plans/:planId/delete', DeletePlanPage),
    ],
  },
};
