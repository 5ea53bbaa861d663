import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { BackupInfo } from '../../shared/api/index.js';
import { schemaVersion } from '../db/migrate.js';
import { checkIntegrity, openSqlite } from '../db/open.js';
import { CoreError } from '../errors.js';
import { BACKUP_EXTENSION, encodeBackup, readBackup, readManifest } from './backup-file.js';
import { fsyncFolder, tempPathFor, writeFileAtomic } from './files.js';
import type { OpenBook } from './open-book.js';

const fileNameFor = (at: Date) =>
  `carebook-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}${BACKUP_EXTENSION}`;

function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new CoreError('folder_problem', `Carebook cannot use the folder ${folder}. Choose a folder you can save files in.`, {
      folder: 'Choose a folder you can save files in',
    });
  }
}

/**
 * Write a verified backup of an open book into `folder`:
 * full integrity check, VACUUM INTO a temp snapshot, reopen and check the snapshot,
 * pack it with the keyring, write under a temp name with fsync, read back and verify the
 * checksum, then rename into place. A backup is not done until it has been read back.
 */
export async function writeBackup(book: OpenBook, folder: string, now: Date): Promise<BackupInfo> {
  if (resolve(folder) === resolve(book.folder)) {
    // A backup beside the book is lost with it.
    throw new CoreError('folder_problem', "Choose a backup folder outside your book's own folder, ideally on a memory stick or another drive.", {
      folder: "Choose a folder outside your book's own folder",
    });
  }
  ensureFolder(folder);
  sweepLeftovers(folder);
  if (!checkIntegrity(book.sqlite, true)) {
    throw new CoreError('damaged_book', 'Your book failed its safety check, so no backup was made. Your earlier backups are untouched. Restore the most recent one.');
  }
  const target = join(folder, fileNameFor(now));
  const snapshot = tempPathFor(target);
  try {
    book.sqlite.prepare('VACUUM INTO ?').run(snapshot);
    const copy = openSqlite(snapshot, book.dataKey);
    const ok = checkIntegrity(copy, true);
    copy.close();
    if (!ok) throw new CoreError('internal', 'The backup copy failed its safety check. Nothing was saved. Try again.');
    const version = await schemaVersion(book.db as Kysely<unknown>);
    const packed = encodeBackup(
      { createdAt: now.toISOString(), bookId: book.keyring.bookId, schemaVersion: version, keyring: book.keyring },
      readFileSync(snapshot),
    );
    const pending = `${target}.pending`;
    writeFileAtomic(pending, packed);
    readBackup(pending); // throws if what reached the disk is not what we wrote
    renameSync(pending, target);
    fsyncFolder(folder);
    await book.db
      .insertInto('backupLog')
      .values({ createdAt: now.toISOString(), fileName: fileNameFor(now), bytes: packed.length })
      .execute();
    return { file: target, createdAt: now.toISOString(), bytes: packed.length };
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(`${snapshot}-wal`, { force: true });
    rmSync(`${snapshot}-shm`, { force: true });
  }
}

/** Back up, then keep only the newest `keep` of this book's backups in that folder. */
export async function backupAndPrune(book: OpenBook, folder: string, keep: number, now: Date): Promise<BackupInfo> {
  const info = await writeBackup(book, folder, now);
  pruneBackups(folder, book.keyring.bookId, keep, info.file);
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

/** Every readable Carebook backup in a folder, newest first. Unreadable files are skipped, never deleted. */
export function listBackups(folder: string): (BackupInfo & { bookId: string })[] {
  if (!existsSync(folder)) return [];
  const found: (BackupInfo & { bookId: string })[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(BACKUP_EXTENSION)) continue;
    const file = join(folder, name);
    try {
      const manifest = readManifest(file);
      found.push({ file, createdAt: manifest.createdAt, bytes: statSync(file).size, bookId: manifest.bookId });
    } catch {
      // Not ours or damaged: leave it alone.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Keep the newest `keep` backups of this book; other books' backups in the folder are not
 * touched, and neither is `justMade` (even if the computer's clock was put back).
 */
export function pruneBackups(folder: string, bookId: string, keep: number, justMade: string): void {
  const mine = listBackups(folder).filter((b) => b.bookId === bookId && b.file !== justMade);
  for (const old of mine.slice(Math.max(0, keep - 1))) rmSync(old.file, { force: true });
}
