import type { Area } from '../../app/areas.js';
import { HomePage } from './HomePage.js';

export const homeArea: Area = {
  nav: { label: 'Home', to: '/', order: 0 },
  routes: [{ path: '/', component: HomePage }],
};
