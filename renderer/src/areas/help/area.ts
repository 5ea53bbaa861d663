import type { Area } from '../../app/areas.js';
import { HelpPage } from './HelpPage.js';

export const helpArea: Area = {
  nav: { label: 'Help', to: '/help', order: 100 },
  routes: [{ path: '/help', component: HelpPage }],
};
