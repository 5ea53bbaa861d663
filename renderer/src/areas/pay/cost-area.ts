import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { BudgetPage } from './BudgetPage.js';
import { CostPage } from './CostPage.js';
import { CostSettingsPage } from './CostSettingsPage.js';

/**
 * Cost and budget, under Pay periods in the menu (its paths start /pay, so that item shows as
 * current). Listed before payArea in app/areas.ts: the first route that matches wins, and
 * "/pay/:date?" would otherwise take "/pay/cost".
 */
export const payCostArea: Area = {
  routes: [page('/pay/cost/settings', CostSettingsPage), page('/pay/cost/budget', BudgetPage), page('/pay/cost/:date?', CostPage)],
};
