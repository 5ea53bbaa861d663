import { createHash, randomBytes, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The files a book folder holds. The database's -wal and -shm files sit beside it while open. */
export const DB_FILE = 'carebook.db';
export const KEYRING_FILE = 'keyring';

export const dbPath = (folder: string) => join(folder, DB_FILE);
export const keyringPath = (folder: string) => join(folder, KEYRING_FILE);

/**
 * The few file operations the core's own atomic writes use (keyring, backups, carebook.json).
 * Everything goes through this one object so the power-cut test (test/core/power-cut.test.ts)
 * can put a layer in between that forgets every write not yet fsynced when the power "goes".
 */
export interface Disk {
  open(path: string, flags: string | number, mode?: number): number;
  write(fd: number, bytes: Uint8Array, offset: number, length: number, position?: number | null): number;
  read(fd: number, into: Uint8Array, offset: number, length: number, position: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** fsync a folder, so a rename or new name inside it survives a power cut. */
  fsyncFolder(folder: string): void;
}

function fsyncFolderNode(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export const NODE_DISK: Disk = {
  open: (path, flags, mode) => fs.openSync(path, flags, mode),
  write: (fd, bytes, offset, length, position) => fs.writeSync(fd, bytes, offset, length, position),
  read: (fd, into, offset, length, position) => fs.readSync(fd, into, offset, length, position),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.rmSync(path, { force: true }),
  fsyncFolder: fsyncFolderNode,
};

let disk: Disk = NODE_DISK;
/** The disk the core writes through. */
export const currentDisk = (): Disk => disk;
/** For the power-cut test only: write through another layer; returns a function that puts Node's back. */
export function useDisk(layer: Disk): () => void {
  disk = layer;
  return () => {
    disk = NODE_DISK;
  };
}

/** fsync a folder so a rename inside it survives a power cut (a no-op where folders can't be opened). */
export function fsyncFolder(folder: string): void {
  disk.fsyncFolder(folder);
}

/** A temporary name beside `target`, so the final rename stays on one file system. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether `name` is one tempPathFor gives for a file called `fileName`: what a write cut short leaves. */
export function isTempNameFor(fileName: string, name: string): boolean {
  const prefix = `.${fileName}.`;
  return name.startsWith(prefix) && name.endsWith('.tmp') && /^[0-9a-f]{12}$/.test(name.slice(prefix.length, -'.tmp'.length));
}

/** Write all of `bytes` at the file's current position. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += disk.write(fd, bytes, written, bytes.length - written, null);
}

/**
 * Write a file so that a crash leaves either the old file or the new one, never half:
 * temp name, write (all at once, or piece by piece from `fill`), fsync, rename, fsync the folder.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string | ((fd: number) => void)): void {
  const temp = tempPathFor(target);
  const fd = disk.open(temp, 'wx', 0o600);
  try {
    if (typeof data === 'function') data(fd);
    else writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    disk.fsync(fd);
  } catch (error) {
    disk.close(fd);
    disk.unlink(temp);
    throw error;
  }
  disk.close(fd);
  disk.rename(temp, target);
  disk.fsyncFolder(dirname(target));
}

/** Size of the pieces files are streamed in: memory stays flat whatever the book's size. */
export const CHUNK = 1 << 20;

/**
 * Read `length` bytes from `fd` starting at `position`, a chunk at a time, handing each to
 * `each` (and to `hash`, if given). Returns how many bytes there were (fewer if the file is short).
 */
export function streamRange(fd: number, position: number, length: number, each: (chunk: Buffer) => void, hash?: Hash): number {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, length)));
  let done = 0;
  while (done < length) {
    const n = disk.read(fd, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (n === 0) break;
    const chunk = buffer.subarray(0, n);
    hash?.update(chunk);
    each(chunk);
    done += n;
  }
  return done;
}

export const newSha256 = () => createHash('sha256');

/**
 * Open an existing file for reading only if it is a regular file of at most `maxBytes`: never a
 * FIFO (which would block the whole core), a device, a folder or /proc's endless files. Opened
 * non-blocking, then checked through the handle itself, so a swap after the check changes nothing.
 */
export function openRegularFile(
  path: string,
  maxBytes: number,
): { fd: number; size: number } | { problem: 'missing' | 'not-a-file' | 'too-big' | 'unreadable' } {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'not-a-file' : 'unreadable' };
  }
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) throw 'not-a-file';
    if (info.size > maxBytes) throw 'too-big';
    // Files in /proc and /sys say they are empty but never end; nothing Carebook reads is empty.
    if (info.size === 0) throw 'not-a-file';
    return { fd, size: info.size };
  } catch (problem) {
    fs.closeSync(fd);
    return { problem: typeof problem === 'string' ? (problem as 'not-a-file' | 'too-big') : 'unreadable' };
  }
}
