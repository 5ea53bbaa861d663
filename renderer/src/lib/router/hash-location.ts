import { useSyncExternalStore } from 'react';

/**
 * Where the app is: the part of the URL after "#", which works the same under the app://
 * protocol and the test harness (both load index.html). Only "#/..." hashes are routes; an
 * in-page link ("#main-content", an error summary's "#f-name") leaves the route as it was, so
 * it never sends anyone to another page.
 */
let lastPath = '/';

function readPath(): string {
  const h = window.location.hash;
  if (h === '' || h === '#') lastPath = '/';
  else if (h.startsWith('#/')) lastPath = h.slice(1);
  return lastPath;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The whole path, "/pas/abc/checks", whatever nested routes the caller is in. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, readPath);
}

/**
 * Go to a path, always from the top ("/settings"), wherever the caller is nested. At once:
 * setting location.hash would change the page a task later, after the refresh that follows a
 * save has drawn the old page with its new data (a deleted PA's page saying "could not be
 * found" on its way to the list).
 */
export function navigate(to: string, { replace = false } = {}) {
  window.history[replace ? 'replaceState' : 'pushState'](null, '', '#' + to);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The location hook wouter's <Router> runs: our path and our navigate, hrefs as "#/…". */
export function useHashLocation(): [string, (to: string, options?: { replace?: boolean }) => void] {
  return [usePath(), navigate];
}
useHashLocation.hrefs = (href: string) => '#' + href;
