import type { Area } from '../../lib/area.js';
import { page } from '../../lib/router/index.js';
import { AddPayRatePage } from './AddPayRatePage.js';
import { AddRatePage } from './AddRatePage.js';
import { AddShiftPage } from './AddShiftPage.js';
import { DeleteShiftPage } from './DeleteShiftPage.js';
import { HoursSection } from './HoursSection.js';
import { ImportShiftsPage } from './import/ImportShiftsPage.js';
import { PatternPage } from './PatternPage.js';
import { PaySection } from './PaySection.js';
import { PaySummaryPage } from './PaySummaryPage.js';
import { RatesPage } from './RatesPage.js';

/** Pay and hours: the pay periods page in the menu, and Settings → Rates. */
export const payArea: Area = {
  nav: { label: 'Pay periods', to: '/pay', order: 40 },
  routes: [page('/pay/:date?', PaySummaryPage), page('/settings/rates', RatesPage), page('/settings/rates/add', AddRatePage)],
};

/** A Pay tab on each PA's page: their rates, checked, with the chart and its table. */
export const paPayArea: Area = {
  pa: { tab: { label: 'Pay', path: '/pay', order: 30, historyArea: 'pay', section: PaySection }, routes: [page('/pay/add', AddPayRatePage)] },
};

/** An Hours tab on each PA's page: their shifts, one by one or from a weekly pattern. Their lines are under the Pay filter of the History tab (one area in the core). */
export const paHoursArea: Area = {
  pa: {
    tab: { label: 'Hours', path: '/hours', order: 35, section: HoursSection },
    routes: [page('/hours/add', AddShiftPage), page('/hours/pattern', PatternPage), page('/hours/import', ImportShiftsPage), page('/hours/:date/:shiftId/delete', DeleteShiftPage)],
  },
};
