import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { CoreError } from '../errors.js';
import { DB_FILE, isTempNameFor, keyringPath } from './files.js';

/** The keyring is written last when a book is made, so it alone says "there is a book here". */
export const holdsBook = (folder: string) => existsSync(keyringPath(folder));

/** The longest name one folder may have on the systems Carebook runs on (255 bytes on Linux and macOS). */
const NAME_MAX_BYTES = 255;
/** The longest whole path we make: Windows' classic limit, well inside Linux's 4096. */
const PATH_MAX_CHARS = 260;

/**
 * A database with no keyring is what a crash while creating a book leaves: its key was never
 * saved, so nobody can ever open it. Clear it away so the folder can be used again, with the
 * half-written copy a restore cut short leaves under its temp name (`.carebook.db.<random>.tmp`,
 * files.ts tempPathFor): the kill test found a folder that could not take a new book because of it.
 */
function clearStrandedDatabase(folder: string): void {
  if (holdsBook(folder) || !existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (isStranded(name)) rmSync(join(folder, name), { force: true });
}

const STRANDED = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => `${DB_FILE}${suffix}`));

/** A name that a crash while creating or restoring a book leaves in a folder with no keyring. */
const isStranded = (name: string) => STRANDED.has(name) || isTempNameFor(DB_FILE, name);

const cannotMake = (field: string) =>
  new CoreError('folder_problem', 'Carebook cannot make that folder. Choose a folder you can save files in.', {
    [field]: 'Choose a folder you can save files in',
  });

/**
 * Check, without changing anything, that Carebook could make `full`: no name in it too long,
 * and the nearest folder that exists is a folder (not a file). Throws a field refusal.
 */
export function checkFolderPath(full: string, field: string): void {
  const tooLong = full.length > PATH_MAX_CHARS || full.split(sep).some((name) => Buffer.byteLength(name, 'utf8') > NAME_MAX_BYTES);
  if (tooLong) {
    throw new CoreError('folder_problem', 'That folder’s name is too long for this computer. Choose a folder with a shorter name.', {
      [field]: 'Choose a folder with a shorter name',
    });
  }
  const existing = nearestExisting(full);
  if (existing === null || !statSync(existing).isDirectory()) {
    throw new CoreError('folder_problem', 'Part of that folder’s path is a file, not a folder. Choose another folder.', {
      [field]: 'Choose a folder, not a file',
    });
  }
}

/** The path itself or its nearest ancestor that exists; null if even the root cannot be looked at. */
function nearestExisting(full: string): string | null {
  let at = full;
  for (;;) {
    try {
      lstatSync(at);
      return at;
    } catch {
      const up = dirname(at);
      if (up === at) return null;
      at = up;
    }
  }
}

/**
 * Make `full` (and any missing parents). If that fails part-way, the folders this call made are
 * removed again, so a refused call leaves nothing behind.
 */
export function makeFolder(full: string, field: string, mode = 0o700): void {
  checkFolderPath(full, field);
  if (existsSync(full)) {
    if (!statSync(full).isDirectory()) throw cannotMake(field);
    return;
  }
  // The first missing folder on the way down: everything from there on is ours to remove.
  let firstMissing = full;
  while (!existsSync(dirname(firstMissing))) firstMissing = dirname(firstMissing);
  try {
    mkdirSync(full, { recursive: true, mode });
  } catch {
    rmSync(firstMissing, { recursive: true, force: true });
    throw cannotMake(field);
  }
}

/**
 * Check, without changing anything, that `folder` could take a new book: it must not hold a
 * book already and must be empty (or not exist yet), so a book never mixes with someone's
 * other files and nothing is written over. Returns the full path.
 */
export function checkEmptyFolder(folder: string, field: string): string {
  const full = resolve(folder);
  checkFolderPath(full, field);
  if (holdsBook(full)) {
    throw new CoreError('book_exists', 'There is already a Carebook book in that folder. Choose a new, empty folder.', {
      [field]: 'Choose a new, empty folder',
    });
  }
  if (existsSync(full)) {
    let names: string[];
    try {
      names = statSync(full).isDirectory() ? readdirSync(full) : ['(a file)'];
    } catch {
      throw cannotMake(field);
    }
    // What a crash while creating or restoring leaves (a database with no keyring) does not count: it is cleared.
    if (names.some((name) => !isStranded(name))) {
      throw new CoreError('folder_problem', 'That folder already has other files in it. Choose a new, empty folder.', {
        [field]: 'Choose a new, empty folder',
      });
    }
  }
  return full;
}

/** Check `folder` as checkEmptyFolder does, then clear what a crash left and make it. */
export function prepareEmptyFolder(folder: string, field: string): string {
  const full = checkEmptyFolder(folder, field);
  clearStrandedDatabase(full);
  makeFolder(full, field);
  return full;
}
