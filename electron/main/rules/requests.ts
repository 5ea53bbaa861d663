import { isAppUrl } from './app-url.js';

/** Schemes that never leave the computer: our pages, inline data, and Chromium's own tools. */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-extension:', 'chrome:']);

/**
 * Whether the session may make this request. The CSP already forbids the page any network;
 * this is the second wall, for requests the CSP does not cover. Only the dev server is reachable,
 * and only in development.
 */
export function isRequestAllowed(raw: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  if (!devServerUrl || url.username || url.password) return false;
  const dev = new URL(devServerUrl);
  const web = url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:';
  return web && url.hostname === dev.hostname && url.port === dev.port;
}

/**
 * Downloads are only files the page makes itself (a blob: URL of our own page, e.g. the recovery
 * code as text), which Electron then offers through the system Save dialog. Nothing from outside.
 */
export function isAllowedDownload(raw: string, devServerUrl?: string): boolean {
  if (!raw.startsWith('blob:')) return false;
  return isAppUrl(raw.slice('blob:'.length), devServerUrl);
}
