import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppConfigFile } from '../../electron/core/app-config.js';
import { isAbsolutePathHere } from '../../electron/shared/api/index.js';
import { coreWithBook, tempDir, testCore } from './helpers.js';

/** Issue 9, "Paths". */
describe('paths in this system’s own form', () => {
  test.each([
    ['C:\\Users\\pat\\Carebook', false, true],
    ['\\\\server\\share\\Carebook', false, true],
    ['/home/pat/Carebook', true, false],
    ['C:relative', false, false],
    ['\\\\server', false, false],
    ['/home/pat/\0evil', false, false],
  ])('%s is absolute on Linux: %s, on Windows: %s', (path, linux, windows) => {
    expect(isAbsolutePathHere(path, false)).toBe(linux);
    expect(isAbsolutePathHere(path, true)).toBe(windows);
  });

  test('on Linux, C:\\… and \\\\server\\… are refused, never resolved against the working folder', async () => {
    const core = testCore();
    for (const folder of ['C:\\Users\\pat\\Carebook', '\\\\server\\share\\Carebook']) {
      const error = await core.fails('book.create', { folder, passphrase: 'maple garden rocket tulip' });
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.folder).toMatch(/full folder path, for example \/home/);
    }
  });

  test('carebook.json holds only an absolute folder; anything else falls back to the usual place', () => {
    const dataDir = tempDir();
    const config = new AppConfigFile(dataDir);
    for (const bookFolder of ['relative/book', '', 'C:\\book', 42]) {
      writeFileSync(join(dataDir, 'carebook.json'), JSON.stringify({ bookFolder }));
      expect(config.read().bookFolder).toBe(config.defaultBookFolder);
    }
    expect(() => config.setBookFolder('relative/book')).toThrow();
    config.setBookFolder('/srv/book');
    expect(JSON.parse(readFileSync(join(dataDir, 'carebook.json'), 'utf8'))).toEqual({ bookFolder: '/srv/book' });
  });
});

describe('stored names never keep bidirectional controls', () => {
  test('a file named "invoice\\u202Efdp.pdf" is stored without the override, and so are PA names and labels', async () => {
    const { core } = await coreWithBook();
    const pa = await core.ok('workers.create', { fullName: 'Sam\u202E Carter\u2066', status: 'applicant' });
    expect(pa.fullName).toBe('Sam Carter');
    const path = join(tempDir(), 'invoice\u202Efdp.pdf');
    writeFileSync(path, '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const doc = await core.ok('documents.add', { workerId: pa.id, path, kind: 'other', label: 'Invoice \u202Eright-to-left' });
    expect(doc.fileName).toBe('invoicefdp.pdf');
    expect(doc.label).toBe('Invoice right-to-left');
  });
});
