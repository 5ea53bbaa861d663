import { describe, expect, it } from 'vitest';
import { isAllowedDownload, isRequestAllowed } from '../../../../electron/main/rules/requests.js';

const DEV = 'http://localhost:5173/';

describe('isRequestAllowed', () => {
  it.each(['app://carebook/index.html', 'data:image/png;base64,AAAA', 'blob:app://carebook/1234', 'devtools://devtools/x'])(
    'allows local %s',
    (url) => expect(isRequestAllowed(url)).toBe(true),
  );
  it.each(['https://www.gov.uk/', 'http://localhost:5173/', 'ws://localhost:5173/', 'file:///etc/passwd', 'ftp://x/', 'junk'])(
    'refuses %s outside development',
    (url) => expect(isRequestAllowed(url)).toBe(false),
  );
  it('allows only the dev server in development', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', DEV)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', DEV)).toBe(false);
    expect(isRequestAllowed('https://www.gov.uk/', DEV)).toBe(false);
    expect(isRequestAllowed('http://a:b@localhost:5173/', DEV)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', DEV)).toBe(false);
  });
});

describe('isAllowedDownload', () => {
  it('allows only files our own page made', () => {
    expect(isAllowedDownload('blob:app://carebook/5f1c0f7e-0000-4000-8000-000000000000')).toBe(true);
    expect(isAllowedDownload('blob:http://localhost:5173/abc', DEV)).toBe(true);
    expect(isAllowedDownload('blob:http://localhost:5173/abc')).toBe(false);
    expect(isAllowedDownload('blob:app://evil/abc')).toBe(false);
    expect(isAllowedDownload('https://www.gov.uk/file.pdf')).toBe(false);
    expect(isAllowedDownload('app://carebook/index.html')).toBe(false);
    expect(isAllowedDownload('data:text/plain,hi')).toBe(false);
  });
});
