/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
/**
 * The page's Content-Security-Policy (the same policy the app sends) refuses inline script and
 * any network request: defence in depth if something ever injected HTML.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, expectPage, test } from './harness/fixtures.js';

test('the served page refuses inline script', async ({ page, carebook }) => {
  await carebook.open();
  await expectPage(page, 'Welcome to Carebook');
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    const el = document.createElement('div');
    el.setAttribute('style', 'color: red');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, violations };
  });
  expect(result.ran).toBe(false);
  expect(result.violations).toContain('script-src-elem');
});

test('the served page refuses network requests, even to this machine', async ({ page, carebook }) => {
  // A real listener on loopback, so a refusal can only come from the policy.
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end('hello');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    await carebook.open();
    await expectPage(page, 'Welcome to Carebook');
    const outcome = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch (e) {
        return `refused: ${(e as Error).name}`;
      }
    }, `http://127.0.0.1:${port}/`);
    expect(outcome).toMatch(/^refused/);
    expect(hits).toBe(0);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test('the page is served with the same policy header as its meta tag', async ({ page, carebook }) => {
  await carebook.open();
  const response = await page.request.get(page.url().split('#')[0]!);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(response.headers()['content-security-policy']).toBe(meta);
  expect(meta).toContain("connect-src 'none'");
  expect(meta).toContain("script-src 'self'");
});
