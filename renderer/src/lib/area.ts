import type { ComponentType } from 'react';
import type { RouteNode } from './router/index.js';

/**
 * What an area adds to the app, in its own `areas/<area>/area.ts`. The app reads every manifest
 * from the one list in `app/areas.ts`; nothing else lists an area's pages, menu item or tabs.
 * (Types only, so manifests and the app can both import it without a cycle.)
 */
export interface Area {
  /** Its item in the main menu, in `order` (Home 0 … Help 100). */
  nav?: NavItem;
  /** Its pages while the book is open. Whole paths: "/settings/text-size". */
  routes?: RouteNode[];
  /** Its pages while there is no book yet (first run). */
  noBook?: RouteNode[];
  /** Its pages while the book is locked. */
  locked?: RouteNode[];
  /** What it adds to each PA's page. */
  pa?: PaPart;
}

export interface NavItem {
  label: string;
  to: string;
  order: number;
  /** Other path prefixes that belong to the area, so its menu item shows as current. */
  also?: string[];
}

/** A section of a PA's page: its tab, and its other pages (forms) under "/pas/:id". */
export interface PaPart {
  tab?: PaTab;
  /** Paths relative to the PA's page: "/checks/dbs/:checkId". */
  routes?: RouteNode[];
}

export interface PaTab {
  label: string;
  /** Relative to the PA's page: "/checks"; "/" is the page itself (Details). */
  path: string;
  /** Where the tab stands among the PA's tabs, left to right (Details 0). */
  order: number;
  /** What shows under the PA's name and tabs. The PA comes from usePa(). */
  section: ComponentType;
  /**
   * The core area whose history lines are about this tab's records ('checks'), so a PA's
   * History tab can offer "show only Checks". Absent when the tab keeps no records itself.
   */
  historyArea?: string;
}
