import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { AddPaPage } from './AddPaPage.js';
import { ImportPage } from './import/ImportPage.js';
import { PaListPage } from './PaListPage.js';

/**
 * Your PAs: the list, adding one, importing many. Each PA's own page ("/pas/:id") is put
 * together by the app from every area's `pa` part (see pa-page.tsx); its tabs are the
 * manifests beside this one (details/, checks/, contract/, documents/, records/).
 */
export const pasArea: Area = {
  // Right after Home: the PAs are what the book is about.
  nav: { label: 'Your PAs', to: '/pas', order: 20 },
  routes: [page('/pas', PaListPage), page('/pas/new', AddPaPage), page('/pas/import', ImportPage)],
};
