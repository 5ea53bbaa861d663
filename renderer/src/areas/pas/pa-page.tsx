import type { PaPart } from '../../lib/area.js';
import { layout, page, type RouteNode } from '../../lib/router/index.js';
import { PaFrame } from './PaFrame.js';
import { PaLayout } from './PaLayout.js';

/**
 * A PA's page, "/pas/:id", put together from what each area adds to it: the tabs (in their
 * order, each drawn inside the one PaFrame) and the areas' other pages (forms, drawn on their
 * own). The app calls this with every area's `pa` part.
 */
export function paPage(parts: PaPart[]): RouteNode {
  const tabs = parts.flatMap((p) => (p.tab ? [p.tab] : [])).sort((a, b) => a.order - b.order);
  const tabRoutes = tabs.map((tab) => page(tab.path, () => <PaFrame tabs={tabs} current={tab} />));
  return layout('/pas/:id', PaLayout, [...tabRoutes, ...parts.flatMap((p) => p.routes ?? [])]);
}
