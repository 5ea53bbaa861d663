import type { Route } from '../../../app/router.js';
import { AgreedPage } from './AgreedPage.js';
import { ContractPage } from './ContractPage.js';
import { EditContractPage } from './EditContractPage.js';
import { IssuedPage } from './IssuedPage.js';
import { VersionPage } from './VersionPage.js';

/** A PA's written statement: the tab, the form, one version, and the dates to record. */
export const contractRoutes: Route[] = [
  { path: '/pas/:id/contract', component: ContractPage },
  { path: '/pas/:id/contract/edit', component: EditContractPage },
  { path: '/pas/:id/contract/issued', component: IssuedPage },
  { path: '/pas/:id/contract/issued/:versionId', component: IssuedPage },
  { path: '/pas/:id/contract/agreed/:versionId', component: AgreedPage },
  { path: '/pas/:id/contract/versions/:versionId', component: VersionPage },
];
