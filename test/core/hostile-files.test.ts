import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeBackup, MAGIC, readManifest } from '../../electron/core/book/backup-file.js';
import { keyringPath } from '../../electron/core/book/files.js';
import { openedFolder } from '../../electron/core/index.js';
import { LIBRARY_WORDING } from './library-wording.js';
import { coreWithBook, PASSPHRASE, tempDir, testCore, type TestCore } from './helpers.js';

/**
 * Issue 9, "What was found": internal errors, refused calls that still changed things, and the
 * files that froze or flooded the core. Each test here failed before its fix.
 */

const LONG = 'x'.repeat(300);

function expectPlainRefusal(error: { code: string; message: string }) {
  expect(error.code).not.toBe('internal');
  expect(error.message).not.toMatch(LIBRARY_WORDING);
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

async function withBackupOnLock(core: TestCore) {
  const backups = tempDir('carebook-backups-');
  await core.ok('settings.update', { backupFolder: backups, backupOnLock: true });
  return backups;
}

describe('a refused call changes nothing', () => {
  test('book.create with no folder (the open book’s own) refuses without locking or backing up the open book', async () => {
    const { core } = await coreWithBook();
    const backups = await withBackupOnLock(core);
    const error = await core.fails('book.create', { passphrase: PASSPHRASE });
    expect(error.code).toBe('book_exists');
    expect((await core.ok('book.status', {})).state).toBe('unlocked');
    expect(readdirSync(backups)).toEqual([]);
  });

  test('book.create with a folder already in use refuses without locking the open book', async () => {
    const { core } = await coreWithBook();
    const backups = await withBackupOnLock(core);
    const used = tempDir();
    writeFileSync(join(used, 'notes.txt'), 'mine');
    expect((await core.fails('book.create', { folder: used, passphrase: PASSPHRASE })).code).toBe('folder_problem');
    expect((await core.ok('book.status', {})).state).toBe('unlocked');
    expect(readdirSync(backups)).toEqual([]);
  });

  test('book.create with an over-long folder name leaves no parent folders behind', async () => {
    const core = testCore();
    const base = tempDir();
    const error = await core.fails('book.create', { folder: join(base, 'new', 'deeper', LONG), passphrase: PASSPHRASE });
    expectPlainRefusal(error);
    expect(error.fields?.folder).toBeTruthy();
    expect(existsSync(join(base, 'new'))).toBe(false);
  });

  test('book.backup with an over-long folder name leaves no parent folders behind', async () => {
    const { core } = await coreWithBook();
    const base = tempDir();
    const error = await core.fails('book.backup', { folder: join(base, 'new', LONG) });
    expectPlainRefusal(error);
    expect(existsSync(join(base, 'new'))).toBe(false);
  });

  test('a backup folder inside the book, or inside Carebook’s own folders (the opened folder too), is refused and not made', async () => {
    const { core, folder } = await coreWithBook();
    for (const inside of [join(folder, 'backups'), join(openedFolder(core.dataDir), 'backups'), openedFolder(core.dataDir), core.dataDir]) {
      const error = await core.fails('book.backup', { folder: inside });
      expect(error.code).toBe('folder_problem');
      expectPlainRefusal(error);
    }
    expect(existsSync(join(folder, 'backups'))).toBe(false);
    expect(existsSync(join(openedFolder(core.dataDir), 'backups'))).toBe(false);
  });
});

describe('no internal errors from hostile paths', () => {
  test('book.backups given a file instead of a folder', async () => {
    const { core } = await coreWithBook();
    const file = join(tempDir(), 'a-file.txt');
    writeFileSync(file, 'not a folder');
    const error = await core.fails('book.backups', { folder: file });
    expect(error.code).toBe('folder_problem');
    expectPlainRefusal(error);
  });

  test.each([
    ['a folder', () => tempDir()],
    ['a 3 GiB file', () => {
      const file = join(tempDir(), 'huge.carebook-backup');
      writeFileSync(file, '');
      truncateSync(file, 3 * 1024 ** 3); // sparse: takes no room
      return file;
    }],
    ['/proc/self/mem', () => '/proc/self/mem'],
    ['a FIFO', () => {
      const file = join(tempDir(), 'pipe.carebook-backup');
      mkfifo(file);
      return file;
    }],
  ])('restoring from %s is refused in plain words', async (_what, make) => {
    const core = testCore();
    const error = await core.fails('book.restore', { file: make(), into: join(tempDir(), 'restored'), secret: { passphrase: PASSPHRASE } });
    expectPlainRefusal(error);
  });

  test('a document opened 1,001 times still opens', async () => {
    const { core } = await coreWithBook();
    const pa = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'applicant' });
    const pdf = join(tempDir(), 'passport.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const doc = await core.ok('documents.add', { workerId: pa.id, path: pdf, kind: 'other', label: 'Passport' });
    const paths = new Set<string>();
    for (let i = 0; i < 1001; i++) paths.add((await core.ok('documents.open', { id: doc.id })).path);
    expect(paths.size).toBe(1001);
  }, 120_000);

  test('a FIFO where the keyring belongs: unlock says damaged and does not hang', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    execFileSync('rm', [keyringPath(folder)]);
    mkfifo(keyringPath(folder));
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('damaged_book');
  });

  test('a FIFO, a folder and a device named *.carebook-backup in the backup folder never block listing or backing up', async () => {
    const { core } = await coreWithBook();
    const backups = tempDir();
    mkfifo(join(backups, 'pipe.carebook-backup'));
    mkdirSync(join(backups, 'folder.carebook-backup'));
    execFileSync('ln', ['-s', '/dev/zero', join(backups, 'zero.carebook-backup')]);
    await core.ok('book.backup', { folder: backups });
    const { backups: listed } = await core.ok('book.backups', { folder: backups });
    expect(listed).toHaveLength(1);
    expect(existsSync(join(backups, 'pipe.carebook-backup'))).toBe(true);
  });
});

describe('contracts from before April 2009', () => {
  const terms = (workerId: string, appliesFrom: string) => ({
    workerId,
    appliesFrom,
    jobTitle: 'Personal assistant',
    placeOfWork: 'At home',
    hourlyRatePence: 600,
    payFrequency: 'monthly' as const,
    payDay: 'the last Friday of the month',
    hoursPerWeek: 20,
    workingPattern: 'Weekdays',
    holidayMethod: 'weeks' as const,
    daysPerWeek: 5,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 1,
    workerNoticeWeeks: 1,
    kind: 'permanent' as const,
    probationMonths: 0,
    workAbroad: 'You will not work outside the UK.',
    requiredTraining: 'None.',
  });

  test('a PA employed since 2005 has a working Contract tab: 4 weeks then, from the dated table', async () => {
    const { core } = await coreWithBook({ now: () => new Date('2026-03-01T12:00:00Z') });
    await core.ok('employer.update', { kind: 'individual', name: 'Alex Example' });
    const pa = await core.ok('workers.create', { fullName: 'Pat Long', status: 'active', startDate: '2005-06-01', jobTitle: 'PA' });
    const v1 = await core.ok('contracts.save', terms(pa.id, '2005-06-01'));
    const contract = await core.ok('contracts.get', { workerId: pa.id });
    expect(contract.facts?.holidayDaysPerYear).toBe(20);
    expect((await core.ok('contracts.statement', { versionId: v1.id })).pdfBase64.length).toBeGreaterThan(100);
  });

  test('terms before the Working Time Regulations are refused on the form, naming the field', async () => {
    const { core } = await coreWithBook();
    const pa = await core.ok('workers.create', { fullName: 'Pat Long', status: 'active', startDate: '1990-06-01', jobTitle: 'PA' });
    const error = await core.fails('contracts.save', terms(pa.id, '1990-06-01'));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.appliesFrom).toMatch(/on or after 1 October 1998/);
  });
});

describe('backups are never lost by a lie', () => {
  async function threeGenuine() {
    let clock = new Date('2026-03-01T12:00:00Z');
    const { core, folder } = await coreWithBook({ now: () => clock });
    const backups = tempDir('carebook-backups-');
    await core.ok('settings.update', { backupFolder: backups, backupsToKeep: 3, backupOnLock: false });
    const genuine: string[] = [];
    for (const day of ['02', '03', '04']) {
      clock = new Date(`2026-03-${day}T12:00:00Z`);
      genuine.push((await core.ok('book.backup', {})).file);
    }
    return { core, folder, backups, genuine, setClock: (at: string) => (clock = new Date(at)) };
  }

  test('nine header-only files with the book’s id and a 2099 date do not make the next backup delete the genuine ones', async () => {
    const { core, backups, genuine, setClock } = await threeGenuine();
    const { keyring, bookId, schemaVersion } = readManifest(genuine[0]!);
    for (let i = 0; i < 9; i++) {
      const fake = encodeBackup({ createdAt: `2099-01-0${i + 1}T00:00:00.000Z`, bookId, schemaVersion, keyring }, Buffer.alloc(0));
      writeFileSync(join(backups, `carebook-2099-01-0${i + 1}.carebook-backup`), fake);
    }
    // Even with a believable date, a header with no real database is not a backup.
    writeFileSync(join(backups, 'carebook-2026-03-04-13.carebook-backup'), encodeBackup({ createdAt: '2026-03-04T13:00:00.000Z', bookId, schemaVersion, keyring }, Buffer.alloc(8192, 1)));
    setClock('2026-03-05T12:00:00Z');
    await core.ok('book.backup', {});
    // keep 3: the one just made and the two newest genuine ones.
    expect(existsSync(genuine[2]!)).toBe(true);
    expect(existsSync(genuine[1]!)).toBe(true);
    expect(readdirSync(backups).filter((n) => n.startsWith('carebook-2099'))).toHaveLength(9);
  });

  test('a backup made while the clock said 2099 is never taken as the newest', async () => {
    const { core, genuine, setClock } = await threeGenuine();
    setClock('2099-06-01T12:00:00Z');
    const future = (await core.ok('book.backup', {})).file;
    setClock('2026-03-06T12:00:00Z');
    await core.ok('book.backup', {});
    setClock('2026-03-07T12:00:00Z');
    await core.ok('book.backup', {});
    // The real ones made since are kept by date among the believable ones; the 2099 one is neither counted nor deleted.
    expect(existsSync(future)).toBe(true);
    expect(existsSync(genuine[2]!)).toBe(true);
  });

  test('a header that is not MAGIC is left alone by pruning', async () => {
    const { core, backups, setClock } = await threeGenuine();
    writeFileSync(join(backups, 'carebook-x.carebook-backup'), Buffer.concat([Buffer.from('NOT'), MAGIC]));
    setClock('2026-03-09T12:00:00Z');
    await core.ok('book.backup', {});
    expect(existsSync(join(backups, 'carebook-x.carebook-backup'))).toBe(true);
  });
});
