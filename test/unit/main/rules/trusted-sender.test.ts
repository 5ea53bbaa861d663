import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from '../../../../electron/main/rules/trusted-sender.js';

const ours: SenderFacts = { frameUrl: 'app://carebook/index.html#/workers', isMainFrame: true, isOurWindow: true };
const DEV = 'http://localhost:5173/';

describe('isTrustedSender', () => {
  it('trusts our page in our main frame', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://carebook/' })).toBe(true);
  });

  it('trusts the dev server only in development', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/#/help', devServerUrl: DEV })).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/#/help' })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/', devServerUrl: DEV })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://127.0.0.1:5173/', devServerUrl: DEV })).toBe(false);
  });

  it('refuses a subframe or another window, even on our origin', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, isOurWindow: false })).toBe(false);
  });

  it.each([
    ['a look-alike host', 'app://x.evil/index.html'],
    // Chromium lower-cases hosts of a standard scheme, so a capitalised one is not from Chromium.
    ['a capitalised host', 'app://CAREBOOK/index.html'],
    ['our host as a subdomain', 'app://carebook.evil/index.html'],
    ['a suffix host', 'app://evilcarebook/index.html'],
    ['credentials', 'app://user:pw@carebook/index.html'],
    ['our host as the username', 'app://carebook@evil/index.html'],
    ['a port', 'app://carebook:8080/index.html'],
    ['file:', 'file:///work/out/renderer/index.html'],
    ['https with our host', 'https://carebook/index.html'],
    ['the dev server when not in dev', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['data:', 'data:text/html,hi'],
    ['a gone frame', undefined],
    ['an empty URL', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, frameUrl) => expect(isTrustedSender({ ...ours, frameUrl })).toBe(false));

  it('refuses credentials even on the dev server', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'http://a:b@localhost:5173/', devServerUrl: DEV })).toBe(false);
  });
});
