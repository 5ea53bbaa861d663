import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  fileForAppRequest,
  hashRouteUrl,
  isAppUrl,
} from '../../../../electron/main/rules/app-url.js';

const root = resolve('/srv/carebook/out/renderer');

describe('fileForAppRequest', () => {
  it.each([
    ['app://carebook/index.html', 'index.html'],
    ['app://carebook/', 'index.html'],
    ['app://carebook', 'index.html'],
    ['app://carebook/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://carebook/assets/a%20b.css?v=1#x', join('assets', 'a b.css')],
    ['app://carebook/assets/../index.html', 'index.html'], // normalised inside the root: fine
  ])('serves %s', (url, rel) => expect(fileForAppRequest(root, url)).toBe(join(root, rel)));

  it.each([
    ['encoded slashes', 'app://carebook/..%2f..%2fetc%2fpasswd'],
    ['encoded backslashes', 'app://carebook/..%5c..%5cWindows%5cwin.ini'],
    ['a sibling folder with the same prefix', 'app://carebook/..%2frenderer-evil/x.js'],
    ['a NUL byte', 'app://carebook/index.html%00.png'],
    ['broken encoding', 'app://carebook/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://u:p@carebook/index.html'],
    ['a port', 'app://carebook:1/index.html'],
    ['another scheme', 'file:///srv/carebook/out/renderer/index.html'],
    ['garbage', 'nonsense'],
  ])('refuses %s', (_why, url) => expect(fileForAppRequest(root, url)).toBeNull());
});

describe('fileForAppRequest with dot segments', () => {
  // The URL parser folds /../ (plain or %2e%2e) at the root, as Chromium does: the file asked for
  // stays inside the root (and does not exist there), it never climbs out.
  it.each(['app://carebook/../../etc/passwd', 'app://carebook/%2e%2e/%2e%2e/etc/passwd'])('keeps %s inside', (url) => {
    expect(fileForAppRequest(root, url)).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('isAppUrl', () => {
  it('knows our pages', () => {
    expect(isAppUrl('app://carebook/index.html#/help')).toBe(true);
    expect(isAppUrl('app://carebook.evil/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'file:///x')).toBe(false);
  });
});

describe('hashRouteUrl', () => {
  it('changes only the hash of our current page', () => {
    expect(hashRouteUrl('app://carebook/index.html#/workers/7', '#/help', 'app://carebook/index.html')).toBe(
      'app://carebook/index.html#/help',
    );
    expect(hashRouteUrl('http://localhost:5173/#/', '#/backups', 'x', 'http://localhost:5173/')).toBe(
      'http://localhost:5173/#/backups',
    );
  });
  it('drops the route for an empty one (a fresh page after locking)', () => {
    expect(hashRouteUrl('app://carebook/index.html#/workers/7', '', 'app://carebook/index.html')).toBe(
      'app://carebook/index.html',
    );
  });
  it('falls back to the entry page when the current page is not ours', () => {
    expect(hashRouteUrl('about:blank', '/settings', 'app://carebook/index.html')).toBe(
      'app://carebook/index.html#/settings',
    );
  });
});

describe('responses', () => {
  it('types files by extension, unknown ones as bytes', () => {
    expect(contentTypeFor('/a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/a/x.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/a/x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/noext')).toBe('application/octet-stream');
  });
  it('has a CSP with no network, no inline script and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });
});
