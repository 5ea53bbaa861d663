import type { Area } from '../../../lib/area.js';
import { page } from '../../../lib/router/index.js';
import { DeletePaPage } from './DeletePaPage.js';
import { DeleteRecordsPage } from './DeleteRecordsPage.js';
import { RecordsSection } from './RecordsSection.js';

/** How long to keep a PA's records, deleting a kind of record, and deleting the PA. */
export const paRecordsArea: Area = {
  pa: {
    tab: { label: 'Records', path: '/records', order: 90, historyArea: 'retention', section: RecordsSection },
    routes: [page('/records/:kind/delete', DeleteRecordsPage), page('/delete', DeletePaPage)],
  },
};
