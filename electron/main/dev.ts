import { app } from 'electron';

/**
 * The electron-vite dev server URL, only when running unpackaged. A packaged app ignores the
 * environment variable, so nobody can point an installed Carebook at another page.
 */
export function devServerUrl(): string | undefined {
  if (app.isPackaged) return undefined;
  const url = process.env.ELECTRON_RENDERER_URL;
  return url && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?/.test(url) ? url : undefined;
}
