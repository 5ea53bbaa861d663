import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openedFolder } from '../../electron/core/index.js';
import { MAX_DOCUMENT_BYTES, type Input } from '../../electron/shared/api/index.js';
import { coreWithBook, PASSPHRASE, tempDir, testCore, type TestCore } from './helpers.js';

const PDF_HEADER = '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A file of exactly `size` bytes that starts like a PDF and holds `marker`. */
function pdfOfSize(size: number, marker = 'MARKER'): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write(PDF_HEADER, 0, 'latin1');
  bytes.write(`% ${marker}\n`, PDF_HEADER.length, 'latin1');
  bytes.write('\n%%EOF\n', size - 7, 'latin1');
  return bytes;
}

function fileOf(dir: string, name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

async function bookWithPa() {
  const { core } = await coreWithBook();
  const pa = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05' });
  return { core, pa, files: tempDir('carebook-files-') };
}

type AddInput = Input<'documents.add'>;
const add = (core: TestCore, workerId: string, path: string, more: Partial<AddInput> = {}) =>
  core.ok('documents.add', { workerId, path, kind: 'other', label: 'A document', ...more });

async function documentCount(core: TestCore, workerId: string) {
  return (await core.ok('documents.list', { workerId })).length;
}

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('adding a document', () => {
  test('a file of exactly the limit is kept and reads back byte for byte', async () => {
    const { core, pa, files } = await bookWithPa();
    const bytes = pdfOfSize(MAX_DOCUMENT_BYTES);
    const info = await add(core, pa.id, fileOf(files, 'Passport photo page.pdf', bytes), { kind: 'right-to-work', label: 'Passport, photo page' });
    expect(info).toMatchObject({
      workerId: pa.id,
      kind: 'right-to-work',
      label: 'Passport, photo page',
      fileName: 'Passport photo page.pdf',
      mediaType: 'application/pdf',
      bytes: MAX_DOCUMENT_BYTES,
      linkedId: '',
    });

    const { path } = await core.ok('documents.open', { id: info.id });
    expect(dirname(path)).toBe(openedFolder(core.dataDir));
    expect(path.endsWith('Passport photo page.pdf')).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    }
  });

  test('one byte over the limit is refused, and nothing is saved', async () => {
    const { core, pa, files } = await bookWithPa();
    const error = await core.fails('documents.add', {
      workerId: pa.id,
      path: fileOf(files, 'big.pdf', pdfOfSize(MAX_DOCUMENT_BYTES + 1)),
      kind: 'other',
      label: 'Too big',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.path).toMatch(/^The file must be smaller than 20 MB/);
    expect(await documentCount(core, pa.id)).toBe(0);
  });

  test.each([
    ['a Linux program named .pdf', 'passport.pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)])],
    ['a Windows program named .pdf', 'passport.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0), Buffer.from('This program cannot be run in DOS mode')])],
    ['a zip file', 'papers.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 0)])],
    ['text with a NUL byte', 'notes.txt', Buffer.from('Hello\u0000world', 'utf8')],
    ['text that is not UTF-8', 'notes.txt', Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21])],
    ['text with another extension', 'notes.sh', Buffer.from('echo hello\n', 'utf8')],
    ['text with no extension', 'notes', Buffer.from('hello\n', 'utf8')],
    ['an MP3', 'song.mp3', Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 0]), Buffer.alloc(100, 0)])],
  ])('%s is refused, and nothing is saved', async (_what, name, bytes) => {
    const { core, pa, files } = await bookWithPa();
    const error = await core.fails('documents.add', { workerId: pa.id, path: fileOf(files, name, bytes), kind: 'other', label: 'Nope' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.path).toMatch(/^Carebook cannot keep this kind of file\. Carebook can keep PDFs/);
    expect(await documentCount(core, pa.id)).toBe(0);
  });

  test.each([
    ['a text file', 'notes.txt', Buffer.from('Interview notes: kind, on time, good with Alex. £12.71 an hour agreed.\n', 'utf8'), 'text/plain'],
    ['a spreadsheet as CSV', 'hours.csv', Buffer.from('date,hours\n2026-01-05,5\n', 'utf8'), 'text/csv'],
    ['a photo', 'dbs.png', PNG, 'image/png'],
    ['a Word 97 file', 'old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0)]), 'application/msword'],
  ])('%s is kept', async (_what, name, bytes, mediaType) => {
    const { core, pa, files } = await bookWithPa();
    const info = await add(core, pa.id, fileOf(files, name, bytes));
    expect(info).toMatchObject({ fileName: name, mediaType, bytes: bytes.length });
    const { path } = await core.ok('documents.open', { id: info.id });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test('a compound file not named .doc (it could be an installer) is refused', async () => {
    const { core, pa, files } = await bookWithPa();
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0)]);
    const error = await core.fails('documents.add', { workerId: pa.id, path: fileOf(files, 'setup.msi', cfb), kind: 'other', label: 'x' });
    expect(error.fields?.path).toMatch(/cannot keep this kind of file/);
  });

  test.each([
    ['a file that is not there', (dir: string) => join(dir, 'gone.pdf'), 'Carebook cannot find that file. Choose it again.'],
    ['a folder', (dir: string) => dir, 'That is a folder, not a file. Choose a file.'],
    ['an empty file', (dir: string) => fileOf(dir, 'empty.pdf', Buffer.alloc(0)), 'The file is empty. Choose another file.'],
  ])('%s is refused with a plain message', async (_what, pathIn, message) => {
    const { core, pa, files } = await bookWithPa();
    const error = await core.fails('documents.add', { workerId: pa.id, path: pathIn(files), kind: 'other', label: 'x' });
    expect(error).toMatchObject({ code: 'invalid_input', message, fields: { path: message } });
    expect(await documentCount(core, pa.id)).toBe(0);
  });

  test('the name copied out is safe, and its extension matches what the file really is', async () => {
    const { core, pa, files } = await bookWithPa();
    const real = pdfOfSize(2000);
    const info = await add(core, pa.id, fileOf(files, 'passport.exe', real));
    expect(info.mediaType).toBe('application/pdf');
    const first = await core.ok('documents.open', { id: info.id });
    expect(first.path.endsWith('passport.exe.pdf')).toBe(true);
    // Opening again never overwrites the copy a viewer may still have open.
    const second = await core.ok('documents.open', { id: info.id });
    expect(second.path.endsWith('passport.exe (2).pdf')).toBe(true);
    expect(dirname(second.path)).toBe(openedFolder(core.dataDir));

    const dotted = await add(core, pa.id, fileOf(files, '..hidden:name?.pdf', real));
    const opened = await core.ok('documents.open', { id: dotted.id });
    expect(opened.path).toBe(join(openedFolder(core.dataDir), 'hidden name.pdf'));
  });

  test('a document may belong to a check or contract version of the same PA only', async () => {
    const { core, pa, files } = await bookWithPa();
    const other = await core.ok('workers.create', { fullName: 'Priya Shah', status: 'active', startDate: '2026-01-05' });
    const version = await core.ok('contracts.save', {
      workerId: pa.id,
      appliesFrom: '2026-01-05',
      jobTitle: 'Personal assistant',
      placeOfWork: 'Home',
      hourlyRatePence: 1271,
      payFrequency: 'monthly',
      payDay: 'the last Friday of the month',
      hoursPerWeek: 16,
      workingPattern: 'Mornings',
      holidayMethod: 'weeks',
      daysPerWeek: 3,
      holidayYearStarts: '1 April',
      sickPay: 'SSP',
      employerNoticeWeeks: 1,
      workerNoticeWeeks: 1,
      kind: 'permanent',
      probationMonths: 0,
      workAbroad: 'None',
      requiredTraining: 'None',
    });
    const path = fileOf(files, 'signed.pdf', pdfOfSize(1000));
    const linked = await add(core, pa.id, path, { kind: 'signed-statement', linkedId: version.id });
    expect(linked.linkedId).toBe(version.id);

    const wrongPa = await core.fails('documents.add', { workerId: other.id, path, kind: 'other', label: 'x', linkedId: version.id });
    expect(wrongPa.code).toBe('not_found');
    const nothing = await core.fails('documents.add', {
      workerId: pa.id,
      path,
      kind: 'other',
      label: 'x',
      linkedId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nothing.code).toBe('not_found');
    const nobody = await core.fails('documents.add', { workerId: '00000000-0000-4000-8000-000000000000', path, kind: 'other', label: 'x' });
    expect(nobody.code).toBe('not_found');
    expect(await documentCount(core, other.id)).toBe(0);
    expect(await documentCount(core, pa.id)).toBe(1);
  });
});

describe('listing, renaming and deleting', () => {
  test('the list is newest first; renaming changes the label; deleting removes the bytes too', async () => {
    const clock = { now: new Date('2026-03-01T12:00:00Z') };
    const { core } = await coreWithBook({ now: () => clock.now });
    const pa = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05' });
    const files = tempDir('carebook-files-');
    const first = await add(core, pa.id, fileOf(files, 'a.txt', 'first\n'), { label: 'First' });
    clock.now = new Date('2026-03-02T12:00:00Z');
    const second = await add(core, pa.id, fileOf(files, 'b.txt', 'second\n'), { label: 'Second' });

    expect((await core.ok('documents.list', { workerId: pa.id })).map((d) => d.label)).toEqual(['Second', 'First']);
    expect((await core.ok('documents.rename', { id: first.id, label: 'Reference from Mrs Jones' })).label).toBe('Reference from Mrs Jones');

    expect(await core.ok('documents.delete', { id: second.id })).toEqual({ deleted: true });
    expect((await core.ok('documents.list', { workerId: pa.id })).map((d) => d.id)).toEqual([first.id]);
    expect((await core.fails('documents.open', { id: second.id })).code).toBe('not_found');
    expect((await core.fails('documents.delete', { id: second.id })).code).toBe('not_found');
    expect((await core.fails('documents.rename', { id: second.id, label: 'x' })).code).toBe('not_found');
  });

  test('deleting a PA deletes their documents', async () => {
    const { core, pa, files } = await bookWithPa();
    const doc = await add(core, pa.id, fileOf(files, 'a.txt', 'hello\n'));
    await core.ok('workers.delete', { id: pa.id, confirmName: 'Sam Carter' });
    expect((await core.fails('documents.open', { id: doc.id })).code).toBe('not_found');
  });
});

describe('nothing readable outside the book', () => {
  const KEPT = 'KEPT-9c1e-never-on-disk';
  const DELETED = 'DELETED-4b7d-never-on-disk';

  function expectNowhere(dir: string, secrets: string[]) {
    const files = allFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} found in ${file}`).toBe(false);
    }
  }

  test('open writes a copy in the opened folder; lock empties it; the book holds the bytes encrypted', async () => {
    const { core, pa, files } = await bookWithPa();
    const kept = await add(core, pa.id, fileOf(files, 'kept.txt', `${KEPT}\n`));
    const gone = await add(core, pa.id, fileOf(files, 'gone.txt', `${DELETED}\n`));
    await core.ok('documents.delete', { id: gone.id });

    const { path } = await core.ok('documents.open', { id: kept.id });
    expect(readFileSync(path, 'utf8')).toBe(`${KEPT}\n`);

    await core.ok('book.lock', {});
    expect(existsSync(path)).toBe(false);
    expect(existsSync(openedFolder(core.dataDir)) ? readdirSync(openedFolder(core.dataDir)) : []).toEqual([]);
    expectNowhere(core.dataDir, [KEPT, DELETED]);

    // It really is in the book.
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
    const again = await core.ok('documents.open', { id: kept.id });
    expect(readFileSync(again.path, 'utf8')).toBe(`${KEPT}\n`);
  });

  test('copies left behind (a crash) are removed when Carebook starts', async () => {
    const { core } = await coreWithBook();
    const stray = fileOf(openedFolder(core.dataDir), 'left over.pdf', 'x');
    testCore({ dataDir: core.dataDir });
    expect(existsSync(stray)).toBe(false);
  });
});
