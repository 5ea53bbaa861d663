import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../electron/main/rules/external-links.js';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.gov.uk/national-minimum-wage-rates',
    'https://www.skillsforcare.org.uk/Developing-your-workforce/Care-Certificate/Care-Certificate.aspx',
    'https://www.livingwage.org.uk/what-real-living-wage',
    'https://www.ageuk.org.uk/',
    'https://WWW.GOV.UK/holiday-entitlement-rights', // hosts are case-insensitive
    'https://www.gov.uk:443/', // the default port is the same place
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://www.gov.uk/'],
    ['a look-alike suffix', 'https://www.gov.uk.evil.example/'],
    ['a look-alike prefix', 'https://evilwww.gov.uk/'],
    ['the host in the path', 'https://evil.example/www.gov.uk'],
    ['credentials', 'https://user:pass@www.gov.uk/'],
    ['a username only', 'https://www.gov.uk@evil.example/'],
    ['the allowed host as a username', 'https://www.gov.uk:x@evil.example/'],
    ['backslash trickery', 'https:\\\\evil.example\\@www.gov.uk'],
    ['a non-default port', 'https://www.gov.uk:8443/'],
    ['a trailing dot', 'https://www.gov.uk./'],
    ['a sibling subdomain', 'https://gov.uk/'],
    ['a deeper subdomain', 'https://assets.www.gov.uk/'],
    ['javascript:', 'javascript:alert(1)//www.gov.uk'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['our own scheme', 'app://carebook/index.html'],
    ['a relative link', '/www.gov.uk'],
    ['not a URL', 'www.gov.uk'],
    ['empty', ''],
    ['too long', `https://www.gov.uk/${'a'.repeat(3000)}`],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, new URL('https://www.gov.uk/')]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });
});
