/**
 * Test code only, for listening with a real screen reader (../shared/tools/screen-reader): serves
 * a built renderer on 127.0.0.1 with a real core on a fresh temp data folder, which the page
 * reaches over loopback, so a Chromium that Playwright does not start (the tool's own, under
 * Orca) can go through whole journeys. The page's policy is the app's, except connect-src
 * 'self' so the bridge can post to this server. Never shipped; the app opens no port.
 *
 *   npx tsx test/e2e/heard/serve-with-core.ts [--renderer DIR] [--port N] [--unlocked | --example]
 *
 * Prints the URL, then serves until killed.
 */
import { mkdtempSync, readFileSync, existsSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { openCore } from '../../../electron/core/index.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const DIR = resolve(arg('--renderer') ?? resolve(import.meta.dirname, '../../../out/renderer'));
const PORT = Number(arg('--port') ?? 0);
const core = openCore({ dataDir: join(mkdtempSync(join(tmpdir(), 'carebook-heard-')), 'data') });
if (process.argv.includes('--unlocked') || process.argv.includes('--example')) await core.call('book.create', { passphrase: 'maple garden rocket tulip' });
if (process.argv.includes('--example')) await core.call('book.openExample', {});

const BRIDGE = `window.carebook = Object.freeze({ call: (method, input) => fetch('/__call', { method: 'POST', body: JSON.stringify({ method, input }) }).then((r) => r.json()) });`;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

function page(): string {
  return readFileSync(join(DIR, 'index.html'), 'utf8')
    .replace("connect-src 'none'", "connect-src 'self'")
    .replace('<script type="module"', '<script src="/__bridge.js"></script><script type="module"');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname === '/__call') {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { method, input } = JSON.parse(body) as { method: string; input: unknown };
      void (core.call as (m: string, i: unknown) => Promise<unknown>)(method, input).then((r) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(r));
      });
    });
    return;
  }
  if (url.pathname === '/__bridge.js') {
    res.writeHead(200, { 'content-type': TYPES['.js']! });
    res.end(BRIDGE);
    return;
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'content-type': TYPES['.html']! });
    res.end(page());
    return;
  }
  const file = normalize(join(DIR, url.pathname));
  if (!file.startsWith(DIR) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
server.listen(PORT, '127.0.0.1', () => {
  const a = server.address();
  console.log(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : PORT}/`);
});
