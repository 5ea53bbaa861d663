import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The files a book folder holds. The database's -wal and -shm files sit beside it while open. */
export const DB_FILE = 'carebook.db';
export const KEYRING_FILE = 'keyring';

export const dbPath = (folder: string) => join(folder, DB_FILE);
export const keyringPath = (folder: string) => join(folder, KEYRING_FILE);

/** fsync a folder so a rename inside it survives a power cut (a no-op where folders can't be opened). */
export function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A temporary name beside `target`, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Write a whole file so that a crash leaves either the old file or the new one, never half:
 * temp name, write, fsync, rename, fsync the folder.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, target);
  fsyncFolder(dirname(target));
}
