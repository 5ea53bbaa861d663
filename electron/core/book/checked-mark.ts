import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dbPath } from './files.js';

/**
 * The integrity check moved from unlock to lock, where nobody is waiting for it. On a decade
 * of an agency's shifts (an 80 MB book) the quick check reads every page, about half a second
 * of the second that unlocking took; on lock it runs while the person is leaving.
 *
 * A clean lock (the book checked, then closed) leaves this mark: the database file's size,
 * times and inode as they were after closing. The next unlock skips its own check only if the
 * file is still exactly as that lock left it, and takes the mark away first, so a session
 * that ends in a crash leaves no mark and the unlock after it checks again. A file changed
 * while Carebook was closed (restored by a sync tool, copied back, cut short) has a new size,
 * change time or inode, and is checked. A page that goes bad on the disk without any of these
 * changing is still caught when it is read: every page carries its own authentication code
 * (SQLCipher's HMAC), so it cannot be read as anything but damaged.
 *
 * The mark holds no personal data: four numbers about a file.
 */
const MARK_FILE = 'checked';

interface Fingerprint {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

function fingerprintOf(folder: string): Fingerprint | null {
  try {
    const db = statSync(dbPath(folder));
    // A write-ahead log with anything in it is a session that did not close cleanly.
    const wal = statSync(`${dbPath(folder)}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) return null;
    return { size: db.size, mtimeMs: db.mtimeMs, ctimeMs: db.ctimeMs, ino: db.ino };
  } catch {
    return null;
  }
}

/** After a check passed and the database closed: remember the file as it is now. Never throws. */
export function markChecked(folder: string): void {
  const now = fingerprintOf(folder);
  if (!now) return;
  try {
    writeFileSync(join(folder, MARK_FILE), JSON.stringify(now));
  } catch {
    // Only a saving of time is lost: the next unlock checks the book itself.
  }
}

/**
 * At unlock, before the database opens: whether the file is as a checked lock left it. The
 * mark goes either way, so it is used at most once. Never throws.
 */
export function takeCheckedMark(folder: string): boolean {
  const file = join(folder, MARK_FILE);
  let saved: Partial<Fingerprint>;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<Fingerprint>;
  } catch {
    return false;
  } finally {
    forgetCheckedMark(folder);
  }
  const now = fingerprintOf(folder);
  return now !== null && now.size === saved.size && now.mtimeMs === saved.mtimeMs && now.ctimeMs === saved.ctimeMs && now.ino === saved.ino;
}

/** Take the mark away. Never throws. */
function forgetCheckedMark(folder: string): void {
  try {
    rmSync(join(folder, MARK_FILE), { force: true });
  } catch {
    // A mark that cannot go still matches only a file that nobody has changed since it was checked.
  }
}
