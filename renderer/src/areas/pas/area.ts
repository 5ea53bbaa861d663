import type { Area } from '../../app/areas.js';
import type { Route } from '../../app/router.js';
import { contractRoutes } from './contract/routes.js';
import { documentRoutes } from './documents/routes.js';
import { CHECK_ROUTES } from './checks/routes.js';
import { AddPaPage } from './AddPaPage.js';
import { DeletePaPage } from './records/DeletePaPage.js';
import { DeleteRecordsPage } from './records/DeleteRecordsPage.js';
import { DetailsPage } from './details/DetailsPage.js';
import { EditDetailsPage } from './details/EditDetailsPage.js';
import { ImportPage } from './import/ImportPage.js';
import { LeftPage } from './details/LeftPage.js';
import { PaListPage } from './PaListPage.js';
import { RecordsPage } from './records/RecordsPage.js';
import { StartedPage } from './details/StartedPage.js';

/** Fixed paths come before "/pas/:id…" patterns with the same number of parts. */
const routes: Route[] = [
  { path: '/pas', component: PaListPage },
  { path: '/pas/new', component: AddPaPage },
  { path: '/pas/import', component: ImportPage },
  { path: '/pas/:id', component: DetailsPage },
  { path: '/pas/:id/edit', component: EditDetailsPage },
  { path: '/pas/:id/started', component: StartedPage },
  { path: '/pas/:id/left', component: LeftPage },
  ...CHECK_ROUTES,
  { path: '/pas/:id/records', component: RecordsPage },
  { path: '/pas/:id/records/:kind/delete', component: DeleteRecordsPage },
  { path: '/pas/:id/delete', component: DeletePaPage },
];

export const pasArea: Area = {
  // Right after Home: the PAs are what the book is about.
  nav: { label: 'Your PAs', to: '/pas', order: 20 },
  routes: [...routes, ...contractRoutes, ...documentRoutes],
};
