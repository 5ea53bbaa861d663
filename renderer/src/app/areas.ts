import type { Area } from '../lib/area.js';
import type { RouteNode } from '../lib/router/index.js';
import { backupsArea } from '../areas/backups/area.js';
import { helpArea } from '../areas/help/area.js';
import { historyArea } from '../areas/history/area.js';
import { homeArea } from '../areas/home/area.js';
import { pasArea } from '../areas/pas/area.js';
import { paChecksArea } from '../areas/pas/checks/area.js';
import { paContractArea } from '../areas/pas/contract/area.js';
import { paDetailsArea } from '../areas/pas/details/area.js';
import { paDocumentsArea } from '../areas/pas/documents/area.js';
import { paPage } from '../areas/pas/index.js';
import { paHoursArea, paPayArea, payArea } from '../areas/pay/area.js';
import { payCostArea } from '../areas/pay/cost-area.js';
import { paRecordsArea } from '../areas/pas/records/area.js';
import { settingsArea } from '../areas/settings/area.js';
import { startArea } from '../areas/start/area.js';
import { trainingArea } from '../areas/training/area.js';
import { unlockArea } from '../areas/unlock/area.js';

/**
 * The one list of areas. A new area (Pay and hours, Training, …) adds its manifest here, once:
 * its pages join the app, its item joins the menu in its `order`, and its tab joins every PA's
 * page in its `order`. The list's own order only decides which of two pages with the same path
 * wins, so keep first-run and lock-screen pages (start, unlock) first.
 */
const AREAS: Area[] = [
  startArea,
  unlockArea,
  homeArea,
  pasArea,
  paDetailsArea,
  paChecksArea,
  paContractArea,
  paPayArea,
  paHoursArea,
  paDocumentsArea,
  paRecordsArea,
  trainingArea,
  historyArea,
  payCostArea, // before payArea: "/pay/:date?" would take "/pay/cost"
  payArea,
  settingsArea,
  backupsArea,
  helpArea,
];

export const NAV = AREAS.flatMap((a) => (a.nav ? [a.nav] : [])).sort((a, b) => a.order - b.order);

/** Pages for each state of the book (see Gate). A PA's page comes after the areas' own pages, so "/pas/new" is not a PA. */
export const ROUTES: Record<'noBook' | 'locked' | 'open', RouteNode[]> = {
  noBook: AREAS.flatMap((a) => a.noBook ?? []),
  locked: AREAS.flatMap((a) => a.locked ?? []),
  open: [...AREAS.flatMap((a) => a.routes ?? []), paPage(AREAS.flatMap((a) => (a.pa ? [a.pa] : [])))],
};
