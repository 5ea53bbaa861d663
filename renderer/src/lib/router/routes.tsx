import { useEffect, type ComponentType, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation, type StringRouteParams } from 'wouter';
import { navigate, useHashLocation } from './hash-location.js';

/**
 * Routes are data, so an area lists its pages in its manifest and the app puts them together.
 * `page` and `layout` type a page's `params` from its path ("/dbs/:checkId" gives
 * `{ checkId: string }`), so a page cannot ask for a parameter its path does not have.
 */
export interface PageRoute {
  path: string;
  page: ComponentType<{ params: Record<string, string> }>;
}
export interface LayoutRoute {
  path: string;
  layout: ComponentType<{ params: Record<string, string>; children: ReactNode }>;
  /** Paths relative to the layout's: "/checks" under "/pas/:id". */
  routes: RouteNode[];
}
export type RouteNode = PageRoute | LayoutRoute;

type Params<P extends string> = StringRouteParams<P>;

export function page<P extends string>(path: P, component: ComponentType<{ params: Params<P> }>): PageRoute {
  return { path, page: component as PageRoute['page'] };
}

/** Pages under `path` drawn inside `component` (a frame, or something they all need loaded first). */
export function layout<P extends string>(
  path: P,
  component: ComponentType<{ params: Params<P>; children: ReactNode }>,
  routes: RouteNode[],
): LayoutRoute {
  return { path, layout: component as LayoutRoute['layout'], routes };
}

/** The whole app routes by hash (see hash-location.ts). */
export function HashRouter({ children }: { children: ReactNode }) {
  return <Router hook={useHashLocation}>{children}</Router>;
}

/**
 * The page for the current path; the first route that matches wins, so fixed paths ("/pas/new")
 * come before patterns ("/pas/:id"). An unknown path goes to Home ("/").
 */
export function Pages({ routes }: { routes: RouteNode[] }) {
  // Relative to the nearest layout; the key remounts the page on every change of path, so a form
  // starts from its own record and the page's heading takes focus again.
  const [here] = useLocation();
  return (
    <Switch>
      {routes.map((r) =>
        'routes' in r ? (
          <Route key={r.path} path={r.path} nest>
            {(params) => (
              <r.layout key={JSON.stringify(params)} params={params as Record<string, string>}>
                <Pages routes={r.routes} />
              </r.layout>
            )}
          </Route>
        ) : (
          <Route key={r.path} path={r.path}>
            {(params) => <r.page key={here} params={params as Record<string, string>} />}
          </Route>
        ),
      )}
      <Route>
        <GoHome />
      </Route>
    </Switch>
  );
}

function GoHome() {
  useEffect(() => navigate('/', { replace: true }), []);
  return null;
}
