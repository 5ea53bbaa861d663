/**
 * Test code only: serves the built renderer (out/renderer) on 127.0.0.1 at a random port, with
 * the same Content-Security-Policy as the app, read from the page's own meta tag so the two
 * can never drift apart. The shipped app opens no port.
 *
 * The page reaches the core through Playwright's exposeFunction (see fixtures.ts), not over
 * HTTP, so the page keeps `connect-src 'none'` and makes no network request at all.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** CAREBOOK_RENDERER_DIR lets several builds be tested side by side (e.g. `vite build --outDir`). */
export const RENDERER_DIR = process.env.CAREBOOK_RENDERER_DIR ?? resolve(import.meta.dirname, '../../../out/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The policy in the built index.html's meta tag. */
export function rendererCsp(): string {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('out/renderer/index.html has no Content-Security-Policy meta tag');
  return m[1]!;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` (or `npm run build:renderer`) first');
  }
  const csp = rendererCsp();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
    if (req.method !== 'GET' || !file.startsWith(RENDERER_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
