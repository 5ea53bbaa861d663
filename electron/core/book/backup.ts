import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Kysely } from 'kysely';
import type { BackupInfo } from '../../shared/api/index.js';
import { schemaVersion } from '../db/migrate.js';
import { checkIntegrity, openSqlite } from '../db/open.js';
import { CoreError } from '../errors.js';
import { BACKUP_EXTENSION, openBackup, readManifest, streamVerified, verifyBackup, writeBackupTo, type OpenedBackup } from './backup-file.js';
import { currentDisk, fsyncFolder, tempPathFor, writeFileAtomic } from './files.js';
import { makeFolder } from './folders.js';
import type { OpenBook } from './open-book.js';

const fileNameFor = (at: Date) =>
  `carebook-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}${BACKUP_EXTENSION}`;

/** The path with symbolic links resolved as far as it exists, so a link cannot hide where a folder really is. */
function realPath(path: string): string {
  const full = resolve(path);
  let existing = full;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, full));
  } catch {
    return full;
  }
}

const isInside = (folder: string, parent: string) => {
  const rel = relative(realPath(parent), realPath(folder));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const outsideAdvice = {
  folder: "Choose a folder outside your book's folder and Carebook's own folders",
};

/**
 * Refuse a backup folder that would be lost with the book: inside the book's own folder, or
 * inside Carebook's own data folder (whose "opened" folder is emptied at every lock). Changes nothing.
 */
export function checkBackupFolder(folder: string, bookFolder: string, dataDir: string): void {
  if (isInside(folder, bookFolder)) {
    // A backup beside the book is lost with it.
    throw new CoreError('folder_problem', "Choose a backup folder outside your book's own folder, ideally on a memory stick or another drive.", outsideAdvice);
  }
  if (isInside(folder, dataDir)) {
    throw new CoreError(
      'folder_problem',
      "That folder is one Carebook keeps for itself, and it may be emptied. Choose a backup folder of your own, ideally on a memory stick or another drive.",
      outsideAdvice,
    );
  }
}

/** Refuse, with a message saying what to do, a backup folder that is a file or cannot be read. */
export function checkBackupFolderReadable(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing there yet: no backups
    isFolder = false;
  }
  if (!isFolder) {
    throw new CoreError('folder_problem', 'That is a file, not a folder. Choose the folder your backups are in.', {
      folder: 'Choose a folder, not a file',
    });
  }
  try {
    readdirSync(folder);
  } catch {
    throw new CoreError('folder_problem', 'Carebook cannot look inside that folder. Choose a folder you can open yourself.', {
      folder: 'Choose a folder you can open',
    });
  }
}

/** Make the backup folder; a folder that cannot be made is usually a memory stick that is not plugged in. */
function ensureFolder(folder: string): void {
  try {
    makeFolder(resolve(folder), 'folder', 0o755);
  } catch (error) {
    if (error instanceof CoreError && /too long/.test(error.message)) throw error;
    throw new CoreError('folder_problem', 'Carebook cannot use the folder chosen for backups. Choose a folder you can save files in.', {
      folder: 'Choose a folder you can save files in',
    });
  }
}

/** A folder that exists but takes no new files (read-only, or a system folder such as /proc). */
function checkCanSaveIn(folder: string): void {
  const probe = tempPathFor(join(folder, 'probe'));
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch {
    throw new CoreError('folder_problem', 'Carebook cannot save files in that folder. Choose a folder you can save files in, ideally on a memory stick or another drive.', {
      folder: 'Choose a folder you can save files in',
    });
  }
}

/**
 * Write a verified backup of an open book into `folder`:
 * check the folder, full integrity check, VACUUM INTO a temp snapshot, reopen and quick-check the
 * snapshot, stream it with the keyring into a temp file with fsync, read it back and verify
 * the checksum (streamed), then rename into place. A backup is not done until it has been read
 * back. Everything that can refuse is checked before any folder is made.
 */
export async function writeBackup(book: OpenBook, folder: string, now: Date, dataDir: string): Promise<BackupInfo> {
  checkBackupFolder(folder, book.folder, dataDir);
  if (existsSync(folder)) checkBackupFolderReadable(folder);
  if (!checkIntegrity(book.sqlite, true)) {
    throw new CoreError('damaged_book', 'Your book failed its safety check, so no backup was made. Your earlier backups are untouched. Restore the most recent one.');
  }
  ensureFolder(folder);
  checkCanSaveIn(folder);
  sweepLeftovers(folder);
  const target = join(folder, fileNameFor(now));
  const snapshot = tempPathFor(target);
  try {
    book.sqlite.prepare('VACUUM INTO ?').run(snapshot);
    // The book itself had the full check a moment ago, and VACUUM built the copy's indexes from its
    // rows; what copying can still get wrong is a page, so the copy has the quick check, which
    // reads every page back (each one's HMAC checked) and its structure. The full check adds only
    // index-against-row comparisons, which a copy SQLite has just built from checked rows passes;
    // here it cost as much again (about 1 s on the large book).
    const copy = openSqlite(snapshot, book.dataKey);
    const ok = checkIntegrity(copy, false);
    copy.close();
    if (!ok) throw new CoreError('internal', 'The backup copy failed its safety check. Nothing was saved. Try again.');
    const version = await schemaVersion(book.db as Kysely<unknown>);
    const manifest = { createdAt: now.toISOString(), bookId: book.keyring.bookId, schemaVersion: version, keyring: book.keyring };
    const snapshotFd = openSync(snapshot, 'r');
    let bytes = 0;
    const pending = `${target}.pending`;
    try {
      const size = statSync(snapshot).size;
      writeFileAtomic(pending, (fd) => {
        bytes = writeBackupTo(fd, manifest, snapshotFd, size);
      });
    } finally {
      closeSync(snapshotFd);
    }
    verifyBackup(pending); // throws if what reached the disk is not what we wrote
    currentDisk().rename(pending, target);
    fsyncFolder(folder);
    await book.db.insertInto('backupLog').values({ createdAt: now.toISOString(), fileName: fileNameFor(now), bytes }).execute();
    return { file: target, createdAt: now.toISOString(), bytes };
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(`${snapshot}-wal`, { force: true });
    rmSync(`${snapshot}-shm`, { force: true });
  }
}

/** Back up, then keep only the newest `keep` of this book's verified backups in that folder. */
export async function backupAndPrune(book: OpenBook, folder: string, keep: number, now: Date, dataDir: string): Promise<BackupInfo> {
  const info = await writeBackup(book, folder, now, dataDir);
  pruneBackups(folder, book, keep, info.file, now);
  return info;
}

/** Temp files a backup cut short by a crash left behind: ours by name, never a finished backup. */
function sweepLeftovers(folder: string): void {
  for (const name of readdirSync(folder)) {
    const tempSnapshot = name.startsWith('.carebook-') && name.includes(`${BACKUP_EXTENSION}.`);
    const pending = name.startsWith('carebook-') && name.endsWith(`${BACKUP_EXTENSION}.pending`);
    if (tempSnapshot || pending) rmSync(join(folder, name), { force: true });
  }
}

/** Regular files in `folder` named like backups; FIFOs, devices, folders and links to them are never opened. */
function backupFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .map((name) => join(folder, name))
    .filter((file) => {
      try {
        return lstatSync(file).isFile();
      } catch {
        return false;
      }
    });
}

/** Every readable Carebook backup in a folder, newest first. Unreadable files are skipped, never deleted. */
export function listBackups(folder: string): (BackupInfo & { bookId: string })[] {
  const found: (BackupInfo & { bookId: string })[] = [];
  for (const file of backupFiles(folder)) {
    try {
      const manifest = readManifest(file);
      found.push({ file, createdAt: manifest.createdAt, bytes: statSync(file).size, bookId: manifest.bookId });
    } catch {
      // Not ours or damaged: leave it alone.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** How far ahead of the clock a backup's date may be before it is suspicious (clocks drift, zones confuse). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** A backup that verifies as one of this book's: whole, its checksum right, and carrying this book's own recovery slot. */
function isVerifiedBackupOf(file: string, book: OpenBook): boolean {
  try {
    const opened = openBackup(file);
    try {
      const { manifest } = opened;
      if (manifest.bookId !== book.keyring.bookId) return false;
      // The recovery slot never changes for a book, so a backup made by it carries the same one.
      const mine = book.keyring.slots.find((s) => s.kind === 'recovery');
      const theirs = manifest.keyring.slots.find((s) => s.kind === 'recovery');
      if (!mine || !theirs || mine.wrappedKey !== theirs.wrappedKey || mine.tag !== theirs.tag) return false;
      if (!firstPageOpens(opened, book.dataKey)) return false;
      streamVerified(opened);
      return true;
    } finally {
      opened.close();
    }
  } catch {
    return false;
  }
}

/**
 * SQLCipher 4's page layout (https://www.zetetic.net/sqlcipher/design/): 4096-byte pages; page 1
 * starts with the 16-byte salt; each page ends with a 16-byte IV and a 64-byte HMAC-SHA512 of
 * its ciphertext, IV and page number (little-endian), keyed by PBKDF2-SHA512(key, salt ^ 0x3a, 2).
 */
const PAGE_BYTES = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 16;
const HMAC_BYTES = 64;

/**
 * True when the backup's first database page carries a valid authentication code for this
 * book's key: proof that its database part was made by this book, which a file with only a
 * copied header (or random bytes after it) cannot give. Reads one page; no temp files.
 */
function firstPageOpens(opened: OpenedBackup, dataKey: Buffer): boolean {
  if (opened.manifest.dbBytes < PAGE_BYTES || opened.manifest.dbBytes % PAGE_BYTES !== 0) return false;
  const page = Buffer.alloc(PAGE_BYTES);
  if (readSync(opened.fd, page, 0, PAGE_BYTES, opened.dbStart) !== PAGE_BYTES) return false;
  const salt = page.subarray(0, SALT_BYTES);
  const hmacKey = pbkdf2Sync(dataKey, Buffer.from(salt.map((b) => b ^ 0x3a)), 2, 32, 'sha512');
  const macStart = PAGE_BYTES - HMAC_BYTES;
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const mac = createHmac('sha512', hmacKey).update(page.subarray(SALT_BYTES, macStart)).update(pageNumber).digest();
  hmacKey.fill(0);
  return timingSafeEqual(mac, page.subarray(macStart)) && macStart - IV_BYTES > SALT_BYTES;
}

/**
 * Keep the newest `keep` of this book's backups. Only files that verify as this book's backups
 * are ever deleted or counted; a date more than a day ahead of the clock is suspicious, so such
 * a backup is neither counted as newest nor deleted; `justMade` is never deleted (even if the
 * clock was put back), and neither is the newest verified backup with a believable date.
 * Other books' backups and anything that does not verify are left alone.
 */
export function pruneBackups(folder: string, book: OpenBook, keep: number, justMade: string, now: Date): void {
  const latestBelievable = new Date(now.getTime() + FUTURE_SLACK_MS).toISOString();
  const candidates = listBackups(folder).filter(
    (b) => b.bookId === book.keyring.bookId && b.file !== justMade && b.createdAt <= latestBelievable && !Number.isNaN(Date.parse(b.createdAt)),
  );
  // Newest first; the one just made counts as the first one kept.
  const verified = candidates.filter((b) => isVerifiedBackupOf(b.file, book));
  // If the clock was put back, the one just made looks older than others: keep the newest of those too.
  const clockWentBack = verified.some((b) => b.createdAt > now.toISOString());
  const keepOthers = Math.max(clockWentBack ? 1 : 0, keep - 1);
  for (const old of verified.slice(keepOthers)) rmSync(old.file, { force: true });
}
