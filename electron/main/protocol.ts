import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, fileForAppRequest } from './rules/app-url.js';

/** Must run before `app` is ready: app:// behaves like https (secure context, fetch, origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serve the built renderer (out/renderer) on app://carebook/, every response with our CSP. */
export function serveAppScheme(): void {
  const root = join(app.getAppPath(), 'out', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    const file = request.method === 'GET' ? fileForAppRequest(root, request.url) : null;
    if (!file) return new Response('Not found', { status: 404, headers });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
