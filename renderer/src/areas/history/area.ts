import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { HistoryPage } from './HistoryPage.js';
import { HistorySection } from './HistorySection.js';

/**
 * The book's history: a page for the whole book in the menu, and a tab on each PA's page.
 * (A new area with both a menu item and a PA tab looks like this one.)
 */
export const historyArea: Area = {
  nav: { label: 'History', to: '/history', order: 70 },
  routes: [page('/history', HistoryPage)],
  pa: { tab: { label: 'History', path: '/history', order: 100, section: HistorySection } },
};
