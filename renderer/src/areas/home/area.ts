import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { HomePage } from './HomePage.js';

export const homeArea: Area = {
  nav: { label: 'Home', to: '/', order: 0 },
  routes: [page('/', HomePage)],
};
