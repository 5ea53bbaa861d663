/**
 * A very small hash router. We chose this over react-router: the app has a handful of flat
 * routes inside one window, needs no loaders or data APIs, and a hash keeps working under the
 * app:// protocol and the test harness alike. ~60 lines we fully understand.
 */
import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type ComponentType, type MouseEvent } from 'react';

export type Params = Record<string, string>;
export interface Route {
  /** "/settings/text-size", or with parameters: "/problem/:code". */
  path: string;
  component: ComponentType<{ params: Params }>;
}

let lastPath = '/';
/** Only "#/..." hashes are routes; other hashes (in-page links) leave the route as it was. */
function readPath(): string {
  const h = window.location.hash;
  if (h === '' || h === '#') lastPath = '/';
  else if (h.startsWith('#/')) lastPath = decodeURI(h.slice(1));
  return lastPath;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, readPath);
}

export function navigate(to: string, { replace = false } = {}) {
  const url = '#' + to;
  if (replace) {
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = to;
  }
}

export function matchRoute(routes: Route[], path: string): { route: Route; params: Params } | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Params = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = decodeURIComponent(parts[i]!)), true) : p === parts[i]))) {
      return { route, params };
    }
  }
  return null;
}

/** Show the page for the current path; an unknown path goes to `fallback` (usually "/"). */
export function Routes({ routes, fallback = '/' }: { routes: Route[]; fallback?: string }) {
  const path = usePath();
  const match = matchRoute(routes, path);
  useEffect(() => {
    if (!match) navigate(fallback, { replace: true });
  }, [match, fallback]);
  if (!match) return null;
  const Page = match.route.component;
  // The key remounts the page on every route change, so its heading takes focus again.
  return <Page key={path} params={match.params} />;
}

export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a href={'#' + to} {...rest} />;
}

/** For in-page links (skip link, error summary): focus the target without touching the route. */
export function focusById(id: string) {
  return (e: MouseEvent) => {
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
}
