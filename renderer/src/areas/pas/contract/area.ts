import type { Area } from '../../../lib/area.js';
import { page } from '../../../lib/router/index.js';
import { AgreedPage } from './AgreedPage.js';
import { ContractSection } from './ContractSection.js';
import { EditContractPage } from './EditContractPage.js';
import { IssuedPage } from './IssuedPage.js';
import { VersionPage } from './VersionPage.js';

/** A PA's written statement: the tab, the form, one version, and the dates to record. */
export const paContractArea: Area = {
  pa: {
    tab: { label: 'Contract', path: '/contract', order: 20, historyArea: 'contracts', section: ContractSection },
    routes: [
      page('/contract/edit', EditContractPage),
      // No version: the one that applies now.
      page('/contract/issued/:versionId?', IssuedPage),
      page('/contract/agreed/:versionId', AgreedPage),
      page('/contract/versions/:versionId', VersionPage),
    ],
  },
};
