import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where the app's own pages live. Node's URL parser gives non-special schemes an opaque
 * origin ("null"), so we compare scheme and host ourselves rather than `url.origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carebook';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True for a URL of our own pages: app://carebook/… in production, or the electron-vite dev
 * server's origin when `devServerUrl` is given. Credentials or a port make it someone else's.
 */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  const url = parse(raw);
  if (!url || url.username || url.password) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '') return true;
  if (!devServerUrl) return false;
  const dev = parse(devServerUrl);
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin;
}

/**
 * The file to serve for an app:// request, or null when the request must be refused:
 * another host, a path that climbs out of `rootDir` (also when percent-encoded), or a NUL.
 */
export function fileForAppRequest(rootDir: string, requestUrl: string): string | null {
  const url = parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.username || url.password || url.port !== '') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (path.includes('\0')) return null;
  if (path === '' || path === '/') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

/**
 * The URL that shows `route` (e.g. "#/help"): our current page with only its hash changed, so the
 * navigation stays in the same document (the renderer uses a hash router); `entryUrl` otherwise.
 */
export function hashRouteUrl(currentUrl: string, route: string, entryUrl: string, devServerUrl?: string): string {
  const url = new URL(isAppUrl(currentUrl, devServerUrl) ? currentUrl : entryUrl);
  url.hash = route.replace(/^#/, '');
  return url.toString();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Content type by extension; unknown types are served as opaque bytes so nothing is sniffed as script. */
export function contentTypeFor(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && TYPES[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** The Content-Security-Policy for every app:// response. No network at all: connect-src 'none'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
