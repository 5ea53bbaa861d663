import type { Route } from './router.js';
import { homeArea } from '../areas/home/area.js';
import { pasArea } from '../areas/pas/area.js';
import { settingsArea } from '../areas/settings/area.js';
import { backupsArea } from '../areas/backups/area.js';
import { helpArea } from '../areas/help/area.js';

/**
 * The areas of the open book. A new area (Your PAs, Pay and hours, Training, …) adds itself
 * here: its routes join the app and its nav entry joins the menu, in `order`.
 */
export interface Area {
  /** `also`: other path prefixes that belong to this area, so its menu item shows as current. */
  nav?: { label: string; to: string; order: number; also?: string[] };
  routes: Route[];
}

const AREAS: Area[] = [homeArea, pasArea, settingsArea, backupsArea, helpArea];

export const NAV = AREAS.flatMap((a) => (a.nav ? [a.nav] : [])).sort((a, b) => a.order - b.order);
export const APP_ROUTES: Route[] = AREAS.flatMap((a) => a.routes);
