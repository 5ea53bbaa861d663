import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { HelpPage } from './HelpPage.js';

const help = page('/help', HelpPage);

/** Help needs nothing from the book, so it is there before the first book and while it is locked too. */
export const helpArea: Area = {
  nav: { label: 'Help', to: '/help', order: 100 },
  routes: [help],
  noBook: [help],
  locked: [help],
};
