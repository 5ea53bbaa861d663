import type { Area } from '../../../lib/area.js';
import { page } from '../../../lib/router/index.js';
import { DetailsSection } from './DetailsSection.js';
import { EditDetailsPage } from './EditDetailsPage.js';
import { LeftPage } from './LeftPage.js';
import { StartedPage } from './StartedPage.js';

/** A PA's details: the first tab of their page, and where they stand (started, left). */
export const paDetailsArea: Area = {
  pa: {
    tab: { label: 'Details', path: '/', order: 0, historyArea: 'workers', section: DetailsSection },
    routes: [page('/edit', EditDetailsPage), page('/started', StartedPage), page('/left', LeftPage)],
  },
};
